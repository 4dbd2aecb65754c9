namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>std::vector</c> of an arithmetic type as a C# array: in as pointer + length, out as a buffer the shim
/// allocates with <c>malloc</c> and the wrapper copies and frees.
/// </summary>
public sealed class PrimitiveVectorMarshaller(ArrayElement element, string nativeClass) : ValueMarshaller
{
    public override string CsType => element.CsType + "[]";

    private string VectorType => $"std::vector<{element.CppType}>";

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{CsType} {name}",
        CsType = CsType,
        CsChecks = [$"ArgumentNullException.ThrowIfNull({name});"],
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name})"],
        CsArguments = [$"{name}Pointer", $"(nuint){name}.Length"],
        CsInteropParameters = [$"{element.CsType}* {name}", $"nuint {name}Length"],
        CppParameters = [$"const {element.CppShimType} * {name}", $"std::size_t {name}_length"],
        CppArgument = $"{VectorType}({name}, {name} + {name}_length)",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = "void",
        CsLocals = [$"{element.CsType}* resultData = null;", "nuint resultLength = 0;"],
        CsArguments = ["&resultData", "&resultLength"],
        CsInteropParameters = [$"{element.CsType}** resultData", "nuint* resultLength"],
        CsReturn = [$"return {nativeClass}.TakeArray(resultData, resultLength);"],
        CppReturnType = "void",
        CppParameters = [$"{element.CppShimType} ** result_data", "std::size_t * result_length"],
        CppStatements = HandOver(call, cppAfter, usesValueTwice: true, value =>
        [
            $"*result_length = {value}.size();",
            $"*result_data = ibg::allocate<{element.CppShimType}>({value}.size());",
            $"std::copy({value}.begin(), {value}.end(), *result_data);",
        ]),
    };
}
