using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%constant int FOO = 42;</c> (or without a type: <c>%constant FOO = 42;</c>): a named C++ constant expression.</summary>
public sealed record ConstantDirective(string Name, string? CppType, string Value, SourceLocation Location)
{
    public override string ToString() => $"%constant {(CppType is null ? string.Empty : CppType + " ")}{Name} = {Value};";
}
