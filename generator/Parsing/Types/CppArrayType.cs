namespace ItkBindGen.Parsing;

/// <summary>A C array; <see cref="Size"/> is null for <c>T[]</c>.</summary>
public sealed class CppArrayType(CppType elementType, long? size, string spelling, string canonicalSpelling)
    : CppType(spelling, canonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Array;

    public CppType ElementType { get; } = elementType;

    public long? Size { get; } = size;
}
