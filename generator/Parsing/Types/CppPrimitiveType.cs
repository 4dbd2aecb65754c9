namespace ItkBindGen.Parsing;

/// <summary>A builtin type: <c>void</c>, <c>bool</c>, the character and integer types, <c>float</c>, <c>double</c>.</summary>
public sealed class CppPrimitiveType(CppPrimitiveKind primitiveKind, string spelling)
    : CppType(spelling, CppSpelling.Of(primitiveKind))
{
    public override CppTypeKind Kind => CppTypeKind.Primitive;

    public CppPrimitiveKind PrimitiveKind { get; } = primitiveKind;
}
