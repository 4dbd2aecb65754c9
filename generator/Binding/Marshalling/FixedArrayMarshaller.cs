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

    public ArrayElement Element => element;

    public int Length => length;

    private IEnumerable<string> Checks(string name) =>
    [
        $"ArgumentNullException.ThrowIfNull({name});",
        $"if ({name}.Length != {length})",
        "{",
        $"    throw new ArgumentException(\"Expected {length} values.\", nameof({name}));",
        "}",
    ];

    private IEnumerable<string> CopyIn(string name) =>
        [$"{cppType} {name}_value;", .. ArrayElement.Loop(length.ToString(), $"{name}_value[i] = {element.ToCpp(name + "[i]")};")];

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{CsType} {name}",
        CsType = CsType,
        CsChecks = Checks(name).ToList(),
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name})"],
        CsArguments = [$"{name}Pointer"],
        CsInteropParameters = [$"{element.CsType}* {name}"],
        CppParameters = [$"const {element.CppShimType} * {name}"],
        CppBefore = CopyIn(name).ToList(),
        CppArgument = $"{name}_value",
    };

    /// <summary>An array is a reference: in/out needs no <c>ref</c>, the callee's values are written into it.</summary>
    public override ParameterCrossing ByReference(string name, bool outOnly) => new()
    {
        CsDeclaration = outOnly ? $"out {CsType} {name}" : $"{CsType} {name}",
        CsType = outOnly ? $"out {CsType}" : CsType,
        CsChecks = outOnly ? [] : Checks(name).ToList(),
        CsLocals = outOnly ? [$"{name} = new {element.CsType}[{length}];"] : [],
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name})"],
        CsArguments = [$"{name}Pointer"],
        CsInteropParameters = [$"{element.CsType}* {name}"],
        CppParameters = [$"{element.CppShimType} * {name}"],
        CppBefore = outOnly ? [$"{cppType} {name}_value{{}};"] : CopyIn(name).ToList(),
        CppArgument = $"{name}_value",
        CppAfter = ArrayElement.Loop(length.ToString(), $"{name}[i] = {element.ToShim(name + "_value[i]")};").ToList(),
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = "void",
        CsLocals = [$"var result = new {element.CsType}[{length}];"],
        CsPins = [$"fixed ({element.CsType}* resultPointer = result)"],
        CsArguments = ["resultPointer"],
        CsInteropParameters = [$"{element.CsType}* result"],
        CsReturn = ["return result;"],
        CppReturnType = "void",
        CppParameters = [$"{element.CppShimType} * result"],
        CppStatements = HandOver(call, cppAfter, usesValueTwice: true,
            value => ArrayElement.Loop(length.ToString(), $"result[i] = {element.ToShim(value + "[i]")};")),
    };
}
