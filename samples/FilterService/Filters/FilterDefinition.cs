namespace FilterService.Filters;

/// <summary>A filter the service offers: its name, what it does, and its parameters.</summary>
public sealed record FilterDefinition(string Name, string Description, IReadOnlyList<FilterParameter> Parameters)
{
    public FilterParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
