namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// ITK's <c>VectorContainer&lt;unsigned int, LevelSetNode&lt;T, D&gt;&gt;</c> (fast-marching trial and alive points, the
/// seeds of colliding fronts) as a C# <c>LevelSetNode[]</c>: in, the shim builds a new container the filter keeps;
/// out, it copies a container's nodes (none for a null container). Indices and values cross as two flat arrays.
/// </summary>
// container: the container's canonical C++ name; dimension: the nodes' D.
public sealed class NodeContainerMarshaller(string container, int dimension, string nativeClass) : ValueMarshaller
{
    public override string CsType => "LevelSetNode[]";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    public override ParameterCrossing In(ParameterName name, NameScope names)
    {
        var (indices, values) = (names.Cs(name.Cs + "Indices"), names.Cs(name.Cs + "Values"));
        var (indicesPointer, valuesPointer) = (names.Cs(indices + "Pointer"), names.Cs(values + "Pointer"));
        var count = names.Cs(name.Cs + "Count");
        var (cppIndices, cppValues, cppCount) = (names.Cpp(name.Cpp + "_indices"), names.Cpp(name.Cpp + "_values"), names.Cpp(name.Cpp + "_count"));
        var value = names.Cpp(name.Cpp + "_value");
        var (i, each) = (names.CsBlock("i"), names.CsBlock("item"));
        return new()
        {
            CsDeclaration = $"LevelSetNode[] {name.Cs}",
            CsType = CsType,
            CsChecks = [ArgumentChecks.NotNull(name.Cs)],
            CsLocals =
            [
                $"var {indices} = new long[{name.Cs}.Length * {dimension}];",
                $"var {values} = new double[{name.Cs}.Length];",
                $"for (var {i} = 0; {i} < {name.Cs}.Length; {i}++)",
                "{",
                .. ArgumentChecks.Throw($"{name.Cs}[{i}].Index is not {{ Length: {dimension} }} {each}", $"Expected {dimension} index values in every node.", name.Cs).Select(l => "    " + l),
                $"    {each}.CopyTo({indices}, {i} * {dimension});",
                $"    {values}[{i}] = {name.Cs}[{i}].Value;",
                "}",
            ],
            CsPins = [$"fixed (long* {indicesPointer} = {indices})", $"fixed (double* {valuesPointer} = {values})"],
            CsArguments = [indicesPointer, valuesPointer, $"(nuint){name.Cs}.Length"],
            CsInteropParameters = [$"long* {indices}", $"double* {values}", $"nuint {count}"],
            CppParameters = [$"const long * {cppIndices}", $"const double * {cppValues}", $"std::size_t {cppCount}"],
            CppBefore = [$"auto {value} = ibg::node_container<{container}>({cppIndices}, {cppValues}, {cppCount});"],
            CppArgument = $"{value}.GetPointer()",
        };
    }

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names)
    {
        var (indices, values, count) = (names.Cs("resultIndices"), names.Cs("resultValues"), names.Cs("resultCount"));
        var (takenIndices, takenValues, result) = (names.Cs("indices"), names.Cs("values"), names.Cs("result"));
        var (cppIndices, cppValues, cppCount) = (names.Cpp("result_indices"), names.Cpp("result_values"), names.Cpp("result_count"));
        var i = names.CsBlock("i");
        return new()
        {
            CsType = CsType,
            CsInteropReturnType = "void",
            CsLocals = [$"long* {indices} = null;", $"double* {values} = null;", $"nuint {count} = 0;"],
            CsArguments = [$"&{indices}", $"&{values}", $"&{count}"],
            CsInteropParameters = [$"long** {indices}", $"double** {values}", $"nuint* {count}"],
            CsReturn =
            [
                $"var {takenIndices} = {nativeClass}.TakeArray({indices}, {count} * {dimension});",
                $"var {takenValues} = {nativeClass}.TakeArray({values}, {count});",
                $"var {result} = new LevelSetNode[{takenValues}.Length];",
                $"for (var {i} = 0; {i} < {result}.Length; {i}++)",
                "{",
                $"    {result}[{i}] = new LevelSetNode({takenIndices}.AsSpan({i} * {dimension}, {dimension}).ToArray(), {takenValues}[{i}]);",
                "}",
                $"return {result};",
            ],
            CppReturnType = "void",
            CppParameters = [$"long ** {cppIndices}", $"double ** {cppValues}", $"std::size_t * {cppCount}"],
            CppStatements = HandOver(call, cppAfter, usesValueTwice: false, names,
                value => [$"ibg::copy_nodes(ibg::pointer_of({value}), {cppIndices}, {cppValues}, {cppCount});"]),
        };
    }
}
