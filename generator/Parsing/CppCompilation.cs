namespace ItkBindGen.Parsing;

/// <summary>
/// The result of one parse: the declarations of the input headers (under <see cref="GlobalNamespace"/>), the
/// requested template instantiations, and every class built while resolving them (bases included).
/// The model is complete and self-contained: libclang's translation unit is already disposed.
/// </summary>
public sealed class CppCompilation
{
    /// <summary>Declarations from the input headers; declarations from system headers are not listed here.</summary>
    public CppNamespace GlobalNamespace { get; } = new() { Name = string.Empty, FullName = string.Empty };

    /// <summary>Requested instantiations, keyed by the spelling as requested and by canonical spelling.</summary>
    public Dictionary<string, CppClass> Instantiations { get; } = new(StringComparer.Ordinal);

    /// <summary>Requested instantiations in request order (each once).</summary>
    public List<CppClass> RequestedInstantiations { get; } = [];

    /// <summary>Every class resolved through a type (instantiations, their bases), keyed by canonical spelling.</summary>
    public Dictionary<string, CppClass> ResolvedClasses { get; } = new(StringComparer.Ordinal);

    /// <summary>Enums met in resolved types, keyed by canonical spelling.</summary>
    public Dictionary<string, CppEnum> ResolvedEnums { get; } = new(StringComparer.Ordinal);

    /// <summary>Member function templates instantiated on request: one a matching overload, in request order.</summary>
    public List<CppMemberInstantiation> MemberInstantiations { get; } = [];

    /// <summary>
    /// Every member template request served: those passed to the parser and the class requests that named a member
    /// template instead (<c>%template(Name) X::member&lt;Args&gt;;</c>), whose <see cref="CppMemberTemplateRequest.Spelling"/> is the class request's.
    /// </summary>
    public List<CppMemberTemplateRequest> MemberTemplateRequests { get; } = [];

    public List<string> InputFiles { get; } = [];

    public bool HasErrors { get; internal set; }

    public TimeSpan ParseTime { get; internal set; }

    public TimeSpan ModelTime { get; internal set; }

    /// <summary>The second parse that instantiates member templates; zero when none was requested (no second parse).</summary>
    public TimeSpan MemberTemplateParseTime { get; internal set; }

    public string ClangVersion { get; internal set; } = string.Empty;

    public string LibclangPath { get; internal set; } = string.Empty;

    /// <summary>Finds a class by canonical spelling: instantiations and resolved classes, then the input headers' classes.</summary>
    public CppClass? FindClass(string canonicalSpelling)
    {
        if (Instantiations.TryGetValue(canonicalSpelling, out var found) || ResolvedClasses.TryGetValue(canonicalSpelling, out found))
        {
            return found;
        }
        return AllClasses().FirstOrDefault(c => c.FullName == canonicalSpelling);
    }

    /// <summary>The overloads instantiated for a request, by its spelling (a <c>%template</c>'s type as written).</summary>
    public IReadOnlyList<CppMemberInstantiation> MemberInstantiationsOf(string requestSpelling) =>
        MemberInstantiations.Where(m => m.Request.Spelling == requestSpelling).ToList();

    public CppEnum? FindEnum(string canonicalSpelling) =>
        ResolvedEnums.TryGetValue(canonicalSpelling, out var found) ? found : AllEnums().FirstOrDefault(e => e.FullName == canonicalSpelling);

    /// <summary>Every class of the input headers, nested ones and those in nested namespaces included.</summary>
    public IEnumerable<CppClass> AllClasses()
    {
        static IEnumerable<CppClass> Nested(CppClass c) => c.Classes.SelectMany(Nested).Prepend(c);
        static IEnumerable<CppClass> InNamespace(CppNamespace n) => n.Classes.SelectMany(Nested).Concat(n.Namespaces.SelectMany(InNamespace));
        return InNamespace(GlobalNamespace);
    }

    public IEnumerable<CppEnum> AllEnums()
    {
        static IEnumerable<CppEnum> InNamespace(CppNamespace n) => n.Enums.Concat(n.Namespaces.SelectMany(InNamespace));
        return InNamespace(GlobalNamespace).Concat(AllClasses().SelectMany(c => c.Enums));
    }
}
