namespace ItkBindGen.Parsing;

public sealed class CppPointerType(CppType pointee, string spelling, string canonicalSpelling)
    : CppType(spelling, canonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Pointer;

    public CppType Pointee { get; } = pointee;
}
