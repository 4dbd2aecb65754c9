namespace ItkBindGen.Parsing;

/// <summary>A <c>const</c> and/or <c>volatile</c> qualified type.</summary>
public sealed class CppQualifiedType(CppType elementType, bool isConst, bool isVolatile, string spelling, string canonicalSpelling)
    : CppType(spelling, canonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Qualified;

    public CppType ElementType { get; } = elementType;

    public bool IsConst { get; } = isConst;

    public bool IsVolatile { get; } = isVolatile;

    public override CppType StripTypedefs() => this;
}
