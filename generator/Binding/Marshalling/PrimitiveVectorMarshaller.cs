namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>std::vector</c> of an arithmetic type as a C# array: in as pointer + length, out as a buffer the shim
/// allocates and the wrapper copies and frees.
/// </summary>
public sealed class PrimitiveVectorMarshaller(ArrayElement element, string nativeClass) : ValueMarshaller
{
    public override string CsType => element.CsType + "[]";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    private string VectorType => $"std::vector<{element.CppType}>";

    public override ParameterCrossing In(ParameterName name, NameScope names) =>
        PinnedArray.In(name, CsType, element, "Length", names, pinned: null, length => ([], $"{VectorType}({name.Cpp}, {name.Cpp} + {length})"));

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names)
    {
        var buffer = OutBuffer.Of(element.CsType, element.CppShimType, "Length", names);
        return buffer.Crossing(CsType, call, cppAfter, names, value => $"{value}.size()", value => $"{value}.size()",
            value => [$"std::copy({value}.begin(), {value}.end(), *{buffer.CppData});"],
            [$"return {nativeClass}.TakeArray({buffer.CsData}, {buffer.CsCount});"]);
    }
}
