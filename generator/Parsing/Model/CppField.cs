namespace ItkBindGen.Parsing;

/// <summary>A data member (or a static data member when <see cref="IsStatic"/>).</summary>
public sealed class CppField : CppDeclaration
{
    public required CppType Type { get; init; }

    public bool IsStatic { get; init; }

    public CppAccess Access { get; init; } = CppAccess.Public;

    public override string ToString() => $"{(IsStatic ? "static " : string.Empty)}{Type.CanonicalSpelling} {Name}";
}
