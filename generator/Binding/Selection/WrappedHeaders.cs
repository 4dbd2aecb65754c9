using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding.Selection;

/// <summary>The headers whose declarations a module wraps (the others only supply types).</summary>
public sealed class WrappedHeaders(IEnumerable<string> paths)
{
    private readonly HashSet<string> _paths = new(paths.Select(Path.GetFullPath), StringComparer.Ordinal);

    public bool Contains(SourceLocation location) => location.IsKnown && _paths.Contains(Path.GetFullPath(location.File));
}
