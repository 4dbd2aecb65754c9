namespace ItkBindGen.Binding.Directives;

/// <summary>The directives that matched a declaration, recorded from binders that run in parallel, for the "matches nothing" report.</summary>
public sealed class UsedDirectives
{
    private readonly HashSet<object> _used = new(ReferenceEqualityComparer.Instance);

    public void Add(IEnumerable<object> directives)
    {
        lock (_used)
        {
            _used.UnionWith(directives);
        }
    }

    public bool Contains(object directive)
    {
        lock (_used)
        {
            return _used.Contains(directive);
        }
    }
}
