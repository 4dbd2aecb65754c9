using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>
/// A class's bases as one walk over every inheritance path finds them: which classes it is or derives from, which it
/// reaches along two paths, which it reaches through public bases only, and whether any base is virtual. Every
/// question the binder asks about a class's ancestors is answered from this one walk.
/// </summary>
public sealed class ClassAncestry
{
    /// <summary>Why a member of a class reached along two paths is skipped (fields and functions alike).</summary>
    public const string AmbiguousMemberReason = "its class is a base reached along two paths, so C++ calls the member ambiguous; wrap the base and call it there";

    private readonly HashSet<string> _all = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _paths = new(StringComparer.Ordinal);
    private readonly List<CppClass> _public = [];
    private readonly List<CppClass> _ancestors = [];
    private bool _virtualBase;
    private bool _reachedTwice;

    private ClassAncestry(CppClass cpp)
    {
        _all.Add(cpp.FullName);
        _public.Add(cpp);
        Walk(cpp, publicPath: true);
    }

    public static ClassAncestry Of(CppClass cpp) => new(cpp);

    /// <summary>The ancestors of no class (a class with no wrapped base inherits nothing already wrapped).</summary>
    public static IReadOnlySet<string> NoClasses { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every class the class is or derives from, by full name.</summary>
    public IReadOnlySet<string> AncestorsAndSelf => _all;

    /// <summary>The classes reached along more than one path (a virtual base is one subobject however often it is reached).</summary>
    public IReadOnlySet<string> Ambiguous => _paths.Where(p => p.Value > 1).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every base and base of a base, depth first, through any access (a class reached twice is listed twice).</summary>
    public IReadOnlyList<CppClass> Ancestors => _ancestors;

    /// <summary>The class, then every class reached through public bases only, depth first (a class reached twice is listed twice).</summary>
    public IReadOnlyList<CppClass> PublicAncestorsAndSelf => _public;

    /// <summary>
    /// Whether a pointer to the class converts to any of its bases' and back by <c>static_cast</c>: no base is virtual
    /// and none is reached along two paths. A value class that is not so is its own hierarchy root and has no C# base,
    /// since its address could not be taken as a base's.
    /// </summary>
    public bool HasPlainBases => !_virtualBase && !_reachedTwice;

    private void Walk(CppClass current, bool publicPath)
    {
        foreach (var baseType in current.BaseTypes)
        {
            _virtualBase |= baseType.IsVirtual;
            if (baseType.Class is not { } baseClass)
            {
                continue;
            }
            var name = baseClass.FullName;
            _reachedTwice |= !_all.Add(name);
            _paths[name] = baseType.IsVirtual ? 1 : _paths.GetValueOrDefault(name) + 1;
            _ancestors.Add(baseClass);
            var publicBase = publicPath && baseType.Access == CppAccess.Public;
            if (publicBase)
            {
                _public.Add(baseClass);
            }
            Walk(baseClass, publicBase);
        }
    }
}
