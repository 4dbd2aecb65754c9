namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// ITK's run-time sized arrays (<c>Array</c>, <c>OptimizerParameters</c> — a transform's parameters —,
/// <c>VariableLengthVector</c>) as C# arrays: in as pointer + length, built element by element in the shim; out as a
/// buffer the shim allocates and the wrapper copies and frees, like <c>std::vector</c>.
/// </summary>
// cppType: the C++ array type, constructible from a length and indexable; its length is Size().
public sealed class VariableArrayMarshaller(string cppType, ArrayElement element, string nativeClass) : ValueMarshaller
{
    public override string CsType => element.CsType + "[]";

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{CsType} {name}",
        CsType = CsType,
        CsChecks = [$"ArgumentNullException.ThrowIfNull({name});"],
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name})"],
        CsArguments = [$"{name}Pointer", $"(nuint){name}.Length"],
        CsInteropParameters = [$"{element.CsType}* {name}", $"nuint {name}Length"],
        CppParameters = [$"const {element.CppShimType} * {name}", $"std::size_t {name}_length"],
        CppBefore =
        [
            $"{cppType} {name}_value(static_cast<unsigned int>({name}_length));",
            .. ArrayElement.Loop($"{name}_length", $"{name}_value[i] = {element.ToCpp(name + "[i]")};"),
        ],
        CppArgument = $"{name}_value",
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
            $"*result_length = {value}.Size();",
            $"*result_data = ibg::allocate<{element.CppShimType}>({value}.Size());",
            .. ArrayElement.Loop("*result_length", $"(*result_data)[i] = {element.ToShim(value + "[i]")};"),
        ]),
    };
}
