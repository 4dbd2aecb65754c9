namespace ItkBindGen.Parsing;

/// <summary>A data member (or a static data member when <see cref="IsStatic"/>).</summary>
public sealed class CppField : CppDeclaration
{
    public required CppType Type { get; init; }

    public bool IsStatic { get; init; }

    /// <summary>A variable each translation unit has its own of: <c>static</c> at namespace scope, or in an unnamed namespace.</summary>
    public bool HasInternalLinkage { get; init; }

    /// <summary>
    /// For a variable an interface file's <c>%extend</c> adds: the function that reads it (SWIG's <c>Class_name_get</c>,
    /// called with the object unless static), and the one that writes it, if any.
    /// </summary>
    public string? ExtensionGetter { get; init; }

    public string? ExtensionSetter { get; init; }

    public CppAccess Access { get; init; } = CppAccess.Public;

    public override string ToString() => $"{(IsStatic ? "static " : string.Empty)}{Type.CanonicalSpelling} {Name}";
}
