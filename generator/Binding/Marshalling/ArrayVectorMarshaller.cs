namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>std::vector</c> of a fixed-length ITK value (seeds: <c>std::vector&lt;Index&lt;D&gt;&gt;</c>, points) as a C# array of
/// arrays: it crosses flattened, <c>count × length</c> elements, in a pinned buffer one way and a shim-allocated one
/// the other.
/// </summary>
// elementType: the vector's element, e.g. itk::Index<2>; length: its number of values.
public sealed class ArrayVectorMarshaller(string elementType, ArrayElement element, int length, string nativeClass) : ValueMarshaller
{
    public override string CsType => element.CsType + "[][]";

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{CsType} {name}",
        CsType = CsType,
        CsChecks = [$"ArgumentNullException.ThrowIfNull({name});"],
        CsLocals =
        [
            $"var {name}Flat = new {element.CsType}[{name}.Length * {length}];",
            $"for (var i = 0; i < {name}.Length; i++)",
            "{",
            $"    if ({name}[i] is not {{ Length: {length} }} item)",
            "    {",
            $"        throw new ArgumentException(\"Expected {length} values in every item.\", nameof({name}));",
            "    }",
            $"    item.CopyTo({name}Flat, i * {length});",
            "}",
        ],
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name}Flat)"],
        CsArguments = [$"{name}Pointer", $"(nuint){name}.Length"],
        CsInteropParameters = [$"{element.CsType}* {name}", $"nuint {name}Count"],
        CppParameters = [$"const {element.CppShimType} * {name}", $"std::size_t {name}_count"],
        CppBefore =
        [
            $"std::vector<{elementType}> {name}_value({name}_count);",
            $"for (std::size_t i = 0; i < {name}_count; ++i)",
            "{",
            $"  for (unsigned int j = 0; j < {length}; ++j)",
            "  {",
            $"    {name}_value[i][j] = {element.ToCpp($"{name}[i * {length} + j]")};",
            "  }",
            "}",
        ],
        CppArgument = $"{name}_value",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = "void",
        CsLocals = [$"{element.CsType}* resultData = null;", "nuint resultCount = 0;"],
        CsArguments = ["&resultData", "&resultCount"],
        CsInteropParameters = [$"{element.CsType}** resultData", "nuint* resultCount"],
        CsReturn =
        [
            $"var flat = {nativeClass}.TakeArray(resultData, resultCount * {length});",
            $"var result = new {element.CsType}[(int)resultCount][];",
            "for (var i = 0; i < result.Length; i++)",
            "{",
            $"    result[i] = flat.AsSpan(i * {length}, {length}).ToArray();",
            "}",
            "return result;",
        ],
        CppReturnType = "void",
        CppParameters = [$"{element.CppShimType} ** result_data", "std::size_t * result_count"],
        CppStatements = HandOver(call, cppAfter, usesValueTwice: true, value =>
        [
            $"*result_count = {value}.size();",
            $"*result_data = ibg::allocate<{element.CppShimType}>({length} * {value}.size());",
            $"for (std::size_t i = 0; i < {value}.size(); ++i)",
            "{",
            $"  for (unsigned int j = 0; j < {length}; ++j)",
            "  {",
            $"    (*result_data)[i * {length} + j] = {element.ToShim($"{value}[i][j]")};",
            "  }",
            "}",
        ]),
    };
}
