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

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    public override ParameterCrossing In(ParameterName name, NameScope names) =>
        PinnedArray.In(name, CsType, element, "Length", names, pinned: null, length =>
        {
            var value = names.Cpp(name.Cpp + "_value");
            var i = names.CppBlock("i");
            return (
            [
                $"{cppType} {value}(static_cast<unsigned int>({length}));",
                .. ArrayElement.Loop(i, length, $"{value}[{i}] = {element.ToCpp($"{name.Cpp}[{i}]")};"),
            ], value);
        });

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names)
    {
        var buffer = OutBuffer.Of(element.CsType, element.CppShimType, "Length", names);
        return buffer.Crossing(CsType, call, cppAfter, names, value => $"{value}.Size()", value => $"{value}.Size()",
            value =>
            {
                var i = names.CppBlock("i");
                return ArrayElement.Loop(i, "*" + buffer.CppCount, $"(*{buffer.CppData})[{i}] = {element.ToShim($"{value}[{i}]")};");
            },
            [$"return {nativeClass}.TakeArray({buffer.CsData}, {buffer.CsCount});"]);
    }
}
