namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A returned <c>std::vector</c> of strings or of wrapped objects (<c>GetInputNames()</c>, <c>GetInputs()</c>) as a
/// C# array, composed from its item's kind: the shim hands over a buffer of addresses (copied strings, or objects with
/// one reference each), and the wrapper takes each one and frees the buffer. Only results: a list C# passes in has no
/// use in ITK's API here.
/// </summary>
public sealed class ListMarshaller(IListElement item, string nativeClass) : ValueMarshaller
{
    public override string CsType => item.CsItemType + "[]";

    public override MarshallerUses Uses => MarshallerUses.Return;

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names)
    {
        var buffer = OutBuffer.Of("nint", "void *", "Count", names);
        var addresses = names.Cs("addresses");
        var result = names.Cs("result");
        var i = names.CsBlock("i");
        return buffer.Crossing(CsType, call, cppAfter, names, value => $"{value}.size()", value => $"{value}.size()",
            value =>
            {
                var ci = names.CppBlock("i");
                return
                [
                    $"for (std::size_t {ci} = 0; {ci} < {value}.size(); ++{ci})",
                    "{",
                    $"  (*{buffer.CppData})[{ci}] = {item.CppToAddress($"{value}[{ci}]")};",
                    "}",
                ];
            },
            [
                $"var {addresses} = {nativeClass}.TakeArray({buffer.CsData}, {buffer.CsCount});",
                $"var {result} = new {item.CsItemType}[{addresses}.Length];",
                $"for (var {i} = 0; {i} < {result}.Length; {i}++)",
                "{",
                $"    {result}[{i}] = {item.CsFromAddress($"{addresses}[{i}]")};",
                "}",
                $"return {result};",
            ]);
    }
}
