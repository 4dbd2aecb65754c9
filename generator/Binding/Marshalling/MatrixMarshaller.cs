namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>itk::Matrix&lt;T, R, C&gt;</c> (an image's direction, a transform's matrix) as a C# <c>T[R, C]</c>: both are
/// row-major, so the pinned array crosses as R × C contiguous values.
/// </summary>
public sealed class MatrixMarshaller(string cppType, ArrayElement element, int rows, int columns) : ValueMarshaller
{
    public override string CsType => element.CsType + "[,]";

    private IEnumerable<string> Rows(string statement) =>
    [
        $"for (unsigned int i = 0; i < {rows}; ++i)",
        "{",
        $"  for (unsigned int j = 0; j < {columns}; ++j)",
        "  {",
        "    " + statement,
        "  }",
        "}",
    ];

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{CsType} {name}",
        CsType = CsType,
        CsChecks =
        [
            $"ArgumentNullException.ThrowIfNull({name});",
            $"if ({name}.GetLength(0) != {rows} || {name}.GetLength(1) != {columns})",
            "{",
            $"    throw new ArgumentException(\"Expected a {rows} x {columns} matrix.\", nameof({name}));",
            "}",
        ],
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name})"],
        CsArguments = [$"{name}Pointer"],
        CsInteropParameters = [$"{element.CsType}* {name}"],
        CppParameters = [$"const {element.CppShimType} * {name}"],
        CppBefore = [$"{cppType} {name}_value;", .. Rows($"{name}_value[i][j] = {name}[i * {columns} + j];")],
        CppArgument = $"{name}_value",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = "void",
        CsLocals = [$"var result = new {element.CsType}[{rows}, {columns}];"],
        CsPins = [$"fixed ({element.CsType}* resultPointer = result)"],
        CsArguments = ["resultPointer"],
        CsInteropParameters = [$"{element.CsType}* result"],
        CsReturn = ["return result;"],
        CppReturnType = "void",
        CppParameters = [$"{element.CppShimType} * result"],
        CppStatements = HandOver(call, cppAfter, usesValueTwice: true, value => Rows($"result[i * {columns} + j] = {value}[i][j];")),
    };
}
