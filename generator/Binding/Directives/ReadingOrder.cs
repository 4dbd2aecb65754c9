using System.Collections.Concurrent;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Binding.Directives;

/// <summary>
/// Where a declaration stands in the order SWIG reads a module: an interface file's text in place, an included file
/// (<c>.i</c> or header) at its <c>%include</c>. Directives without a target (<c>%immutable;</c> ... <c>%mutable;</c>,
/// <c>%nodefaultctor;</c>) apply to what is read after them, as SWIG attaches features while it parses.
/// </summary>
public sealed class ReadingOrder
{
    private readonly List<string> _roots;
    private readonly Dictionary<string, SourceLocation> _includedAt = new(StringComparer.Ordinal);
    // Each place worked out once: a directive's is asked again for every declaration, and binders ask in parallel.
    private readonly ConcurrentDictionary<SourceLocation, List<int>?> _places = new();

    /// <param name="roots">The module's root interface files, in the order they were given.</param>
    /// <param name="includes">Each included file's full path and where its first <c>%include</c> stands.</param>
    public ReadingOrder(IEnumerable<string> roots, IEnumerable<(string Path, SourceLocation At)> includes)
    {
        _roots = roots.Select(Full).ToList();
        foreach (var (path, at) in includes)
        {
            _includedAt.TryAdd(Full(path), at);
        }
    }

    public static readonly ReadingOrder None = new([], []);

    /// <summary>
    /// The last of <paramref name="directives"/> (in reading order) read before <paramref name="declared"/>, or null
    /// when none is, or when the declaration was not reached through an interface file.
    /// </summary>
    public T? LastBefore<T>(IEnumerable<T> directives, Func<T, SourceLocation> locationOf, SourceLocation declared) where T : class
    {
        if (Place(declared) is not { } place)
        {
            return null;
        }
        T? last = null;
        List<int>? lastPlace = null;
        foreach (var directive in directives)
        {
            if (Place(locationOf(directive)) is { } at && Compare(at, place) < 0 && (lastPlace is null || Compare(at, lastPlace) >= 0))
            {
                (last, lastPlace) = (directive, at);
            }
        }
        return last;
    }

    /// <summary>The place as numbers comparing like reading order: the root's rank, then (line, column) at each inclusion level.</summary>
    private List<int>? Place(SourceLocation location) => _places.GetOrAdd(location, PlaceOf);

    private List<int>? PlaceOf(SourceLocation location)
    {
        if (!location.IsKnown)
        {
            return null;
        }
        var levels = new List<(int Line, int Column)>();
        var file = Full(location.File);
        var at = location;
        // A file is read once, where it was first included, so the chain ends at a root (a cycle is cut at 64 levels).
        for (var depth = 0; depth < 64; depth++)
        {
            levels.Add((at.Line, at.Column));
            var root = _roots.IndexOf(file);
            if (root >= 0)
            {
                levels.Reverse();
                return levels.SelectMany(l => new[] { l.Line, l.Column }).Prepend(root).ToList();
            }
            if (!_includedAt.TryGetValue(file, out at))
            {
                return null;
            }
            file = Full(at.File);
        }
        return null;
    }

    private static int Compare(List<int> a, List<int> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }
        return a.Count.CompareTo(b.Count);
    }

    private static string Full(string path) => Path.GetFullPath(path);
}
