namespace ItkBindGen.Parsing;

/// <summary>An lvalue (<c>T &amp;</c>) or rvalue (<c>T &amp;&amp;</c>) reference.</summary>
public sealed class CppReferenceType(CppType referenced, bool isRValue, string spelling, string canonicalSpelling)
    : CppType(spelling, canonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Reference;

    public CppType Referenced { get; } = referenced;

    public bool IsRValue { get; } = isRValue;
}
