namespace ItkBindGen.Parsing;

/// <summary>A type the model does not break down: template parameters and dependent types, member pointers.</summary>
public sealed class CppUnexposedType(string spelling, string canonicalSpelling) : CppType(spelling, canonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Unexposed;
}
