namespace ItkBindGen.Parsing;

/// <summary>A namespace and what the input headers declare in it; the global namespace has an empty name.</summary>
public sealed class CppNamespace : CppDeclaration
{
    public required string FullName { get; init; }

    public List<CppNamespace> Namespaces { get; } = [];

    public List<CppClass> Classes { get; } = [];

    /// <summary>
    /// Explicit specializations (<c>template &lt;&gt; class Foo&lt;0&gt;</c>) and explicit instantiations (<c>extern template
    /// class Foo&lt;double&gt;;</c>) the headers write here: resolved like instantiations, never listed in <see cref="Classes"/>.
    /// </summary>
    public List<CppClass> Specializations { get; } = [];

    public List<CppFunction> Functions { get; } = [];

    /// <summary>The namespace's variables (<c>extern int count;</c>, <c>const double scale = 2.5;</c>), each declaration of one (an <c>extern</c> one, then its definition) listed.</summary>
    public List<CppField> Variables { get; } = [];

    public List<CppEnum> Enums { get; } = [];

    public List<CppTypedef> Typedefs { get; } = [];

    public bool IsEmpty => Namespaces.TrueForAll(n => n.IsEmpty) && Classes.Count == 0 && Specializations.Count == 0 && Functions.Count == 0 && Variables.Count == 0 && Enums.Count == 0 && Typedefs.Count == 0;

    public override string ToString() => Name.Length == 0 ? "namespace <global>" : $"namespace {FullName}";
}
