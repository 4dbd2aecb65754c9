namespace ItkBindGen.Parsing;

/// <summary>A function signature type, as pointed to by a function pointer.</summary>
public sealed class CppFunctionType(CppType returnType, IReadOnlyList<CppType> parameterTypes, bool isVariadic, string spelling, string canonicalSpelling)
    : CppType(spelling, canonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Function;

    public CppType ReturnType { get; } = returnType;

    public IReadOnlyList<CppType> ParameterTypes { get; } = parameterTypes;

    public bool IsVariadic { get; } = isVariadic;
}
