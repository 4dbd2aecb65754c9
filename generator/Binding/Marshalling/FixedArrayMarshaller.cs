namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// ITK's small fixed-length values (<c>Size</c>, <c>Index</c>, <c>Offset</c>, <c>FixedArray</c>, <c>Vector</c>,
/// <c>Point</c>, <c>CovariantVector</c>) as C# arrays of their element type: pinned, length-checked, copied
/// element by element into the C++ value.
/// </summary>
// cppType: The C++ value type, e.g. <c>itk::Size&lt;2&gt;</c>.
public sealed class FixedArrayMarshaller(string cppType, ArrayElement element, int length) : ValueMarshaller
{
    public override string CsType => element.CsType + "[]";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.WriteBack | MarshallerUses.Return;

    public ArrayElement Element => element;

    public int Length => length;

    private IEnumerable<string> Checks(string name) => [ArgumentChecks.NotNull(name), .. ArgumentChecks.Length(name, length)];

    private IEnumerable<string> CopyIn(ParameterName name, string value, NameScope names)
    {
        var i = names.CppBlock("i");
        return [$"{cppType} {value};", .. ArrayElement.Loop(i, Count, $"{value}[{i}] = {element.ToCpp($"{name.Cpp}[{i}]")};")];
    }

    private string Count => length.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override ParameterCrossing In(ParameterName name, NameScope names) =>
        PinnedArray.FixedIn(name, CsType, element, Checks(name.Cs), names, value => CopyIn(name, value, names));

    /// <summary>An array is a reference: in/out needs no <c>ref</c>, the callee's values are written into it.</summary>
    public override ParameterCrossing ByReference(ParameterName name, bool outOnly, NameScope names)
    {
        var pointer = names.Cs(name.Cs + "Pointer");
        var value = names.Cpp(name.Cpp + "_value");
        var i = names.CppBlock("i");
        return new()
        {
            CsDeclaration = outOnly ? $"out {CsType} {name.Cs}" : $"{CsType} {name.Cs}",
            CsType = outOnly ? $"out {CsType}" : CsType,
            Passing = outOnly ? Passing.Out : Passing.InOut,
            CsChecks = outOnly ? [] : Checks(name.Cs).ToList(),
            CsLocals = outOnly ? [$"{name.Cs} = new {element.CsType}[{length}];"] : [],
            CsPins = [$"fixed ({element.CsType}* {pointer} = {name.Cs})"],
            CsArguments = [pointer],
            CsInteropParameters = [$"{element.CsType}* {name.Cs}"],
            CppParameters = [$"{element.CppShimType} * {name.Cpp}"],
            CppBefore = outOnly ? [$"{cppType} {value}{{}};"] : CopyIn(name, value, names).ToList(),
            CppArgument = value,
            CppAfter = ArrayElement.Loop(i, Count, $"{name.Cpp}[{i}] = {element.ToShim($"{value}[{i}]")};").ToList(),
        };
    }

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) =>
        PinnedArray.Result(CsType, element, $"new {element.CsType}[{length}]", call, cppAfter, names, (result, value) =>
        {
            var i = names.CppBlock("i");
            return ArrayElement.Loop(i, Count, $"{result}[{i}] = {element.ToShim($"{value}[{i}]")};");
        });
}
