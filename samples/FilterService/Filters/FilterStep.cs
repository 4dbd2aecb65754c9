namespace FilterService.Filters;

/// <summary>A filter with every parameter checked and filled in (defaults included): ready to run.</summary>
public sealed record FilterStep(FilterDefinition Filter, IReadOnlyDictionary<string, double> Values)
{
    public double this[string parameter] => Values[parameter];

    public override string ToString() =>
        $"{Filter.Name}({string.Join(", ", Values.Select(v => $"{v.Key}={v.Value}"))})";
}
