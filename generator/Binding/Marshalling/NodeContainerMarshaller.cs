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

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"LevelSetNode[] {name}",
        CsType = CsType,
        CsChecks = [$"ArgumentNullException.ThrowIfNull({name});"],
        CsLocals =
        [
            $"var {name}Indices = new long[{name}.Length * {dimension}];",
            $"var {name}Values = new double[{name}.Length];",
            $"for (var i = 0; i < {name}.Length; i++)",
            "{",
            $"    if ({name}[i].Index is not {{ Length: {dimension} }} item)",
            "    {",
            $"        throw new ArgumentException(\"Expected {dimension} index values in every node.\", nameof({name}));",
            "    }",
            $"    item.CopyTo({name}Indices, i * {dimension});",
            $"    {name}Values[i] = {name}[i].Value;",
            "}",
        ],
        CsPins = [$"fixed (long* {name}IndicesPointer = {name}Indices)", $"fixed (double* {name}ValuesPointer = {name}Values)"],
        CsArguments = [$"{name}IndicesPointer", $"{name}ValuesPointer", $"(nuint){name}.Length"],
        CsInteropParameters = [$"long* {name}Indices", $"double* {name}Values", $"nuint {name}Count"],
        CppParameters = [$"const long * {name}_indices", $"const double * {name}_values", $"std::size_t {name}_count"],
        CppBefore = [$"auto {name}_value = ibg::node_container<{container}>({name}_indices, {name}_values, {name}_count);"],
        CppArgument = $"{name}_value.GetPointer()",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = "void",
        CsLocals = ["long* resultIndices = null;", "double* resultValues = null;", "nuint resultCount = 0;"],
        CsArguments = ["&resultIndices", "&resultValues", "&resultCount"],
        CsInteropParameters = ["long** resultIndices", "double** resultValues", "nuint* resultCount"],
        CsReturn =
        [
            $"var indices = {nativeClass}.TakeArray(resultIndices, resultCount * {dimension});",
            $"var values = {nativeClass}.TakeArray(resultValues, resultCount);",
            "var result = new LevelSetNode[values.Length];",
            "for (var i = 0; i < result.Length; i++)",
            "{",
            $"    result[i] = new LevelSetNode(indices.AsSpan(i * {dimension}, {dimension}).ToArray(), values[i]);",
            "}",
            "return result;",
        ],
        CppReturnType = "void",
        CppParameters = ["long ** result_indices", "double ** result_values", "std::size_t * result_count"],
        CppStatements = HandOver(call, cppAfter, usesValueTwice: false,
            value => [$"ibg::copy_nodes(ibg::pointer_of({value}), result_indices, result_values, result_count);"]),
    };
}
