namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>itk::Matrix&lt;T, R, C&gt;</c> (an image's direction, a transform's matrix) as a C# <c>T[R, C]</c>: both are
/// row-major, so the pinned array crosses as R × C contiguous values.
/// </summary>
public sealed class MatrixMarshaller(string cppType, ArrayElement element, int rows, int columns) : ValueMarshaller
{
    public override string CsType => element.CsType + "[,]";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    private IEnumerable<string> Rows(NameScope names, Func<string, string, string> statement)
    {
        var i = names.CppBlock("i");
        var j = names.CppBlock("j");
        return
        [
            $"for (unsigned int {i} = 0; {i} < {rows}; ++{i})",
            "{",
            $"  for (unsigned int {j} = 0; {j} < {columns}; ++{j})",
            "  {",
            "    " + statement(i, j),
            "  }",
            "}",
        ];
    }

    public override ParameterCrossing In(ParameterName name, NameScope names) =>
        PinnedArray.FixedIn(name, CsType, element,
            [
                ArgumentChecks.NotNull(name.Cs),
                .. ArgumentChecks.Throw($"{name.Cs}.GetLength(0) != {rows} || {name.Cs}.GetLength(1) != {columns}", $"Expected a {rows} x {columns} matrix.", name.Cs),
            ],
            names, value => [$"{cppType} {value};", .. Rows(names, (i, j) => $"{value}[{i}][{j}] = {name.Cpp}[{i} * {columns} + {j}];")]);

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) =>
        PinnedArray.Result(CsType, element, $"new {element.CsType}[{rows}, {columns}]", call, cppAfter, names,
            (result, value) => Rows(names, (i, j) => $"{result}[{i} * {columns} + {j}] = {value}[{i}][{j}];"));
}
