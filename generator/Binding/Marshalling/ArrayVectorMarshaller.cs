namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>std::vector</c> of a fixed-length ITK value (seeds: <c>std::vector&lt;Index&lt;D&gt;&gt;</c>, points) as a C# array of
/// arrays, composed from the element's <see cref="FixedArrayMarshaller"/>: it crosses flattened, <c>count × length</c>
/// values, in a pinned buffer one way and a shim-allocated one the other.
/// </summary>
// elementType: the vector's element, e.g. itk::Index<2>.
public sealed class ArrayVectorMarshaller(string elementType, FixedArrayMarshaller item, string nativeClass) : ValueMarshaller
{
    private ArrayElement Element => item.Element;

    private int Length => item.Length;

    public override string CsType => Element.CsType + "[][]";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    public override ParameterCrossing In(ParameterName name, NameScope names)
    {
        var flat = names.Cs(name.Cs + "Flat");
        var (i, each) = (names.CsBlock("i"), names.CsBlock("item"));
        var crossing = PinnedArray.In(name, CsType, Element, "Count", names, flat, count =>
        {
            var value = names.Cpp(name.Cpp + "_value");
            var (ci, cj) = (names.CppBlock("i"), names.CppBlock("j"));
            return (
            [
                $"std::vector<{elementType}> {value}({count});",
                $"for (std::size_t {ci} = 0; {ci} < {count}; ++{ci})",
                "{",
                $"  for (unsigned int {cj} = 0; {cj} < {Length}; ++{cj})",
                "  {",
                $"    {value}[{ci}][{cj}] = {Element.ToCpp($"{name.Cpp}[{ci} * {Length} + {cj}]")};",
                "  }",
                "}",
            ], value);
        });
        return crossing with
        {
            CsLocals =
            [
                $"var {flat} = new {Element.CsType}[{name.Cs}.Length * {Length}];",
                $"for (var {i} = 0; {i} < {name.Cs}.Length; {i}++)",
                "{",
                .. ArgumentChecks.Throw($"{name.Cs}[{i}] is not {{ Length: {Length} }} {each}", $"Expected {Length} values in every item.", name.Cs).Select(l => "    " + l),
                $"    {each}.CopyTo({flat}, {i} * {Length});",
                "}",
            ],
        };
    }

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names)
    {
        var buffer = OutBuffer.Of(Element.CsType, Element.CppShimType, "Count", names);
        var flat = names.Cs("flat");
        var result = names.Cs("result");
        var i = names.CsBlock("i");
        return buffer.Crossing(CsType, call, cppAfter, names, value => $"{value}.size()", value => $"{Length} * {value}.size()",
            value =>
            {
                var (ci, cj) = (names.CppBlock("i"), names.CppBlock("j"));
                return
                [
                    $"for (std::size_t {ci} = 0; {ci} < {value}.size(); ++{ci})",
                    "{",
                    $"  for (unsigned int {cj} = 0; {cj} < {Length}; ++{cj})",
                    "  {",
                    $"    (*{buffer.CppData})[{ci} * {Length} + {cj}] = {Element.ToShim($"{value}[{ci}][{cj}]")};",
                    "  }",
                    "}",
                ];
            },
            [
                $"var {flat} = {nativeClass}.TakeArray({buffer.CsData}, {buffer.CsCount} * {Length});",
                $"var {result} = new {Element.CsType}[(int){buffer.CsCount}][];",
                $"for (var {i} = 0; {i} < {result}.Length; {i}++)",
                "{",
                $"    {result}[{i}] = {flat}.AsSpan({i} * {Length}, {Length}).ToArray();",
                "}",
                $"return {result};",
            ]);
    }
}
