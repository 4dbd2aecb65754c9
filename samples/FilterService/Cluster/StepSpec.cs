using FilterService.Filters;

namespace FilterService.Cluster;

/// <summary>One filter step as it travels to a silo: the filter's name and every parameter's value; the silo checks it again.</summary>
[GenerateSerializer, Immutable, Alias("filter-cluster.step")]
public sealed record StepSpec(string Filter, Dictionary<string, double> Values)
{
    public static StepSpec From(FilterStep step) => new(step.Filter.Name, new Dictionary<string, double>(step.Values));

    public FilterStep Resolve() => FilterCatalogue.Resolve(Filter, Values);
}
