namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>itk::ImageRegion&lt;D&gt;</c> as the runtime's <c>ImageRegion</c> value: its index and size cross as two
/// pinned arrays of D values; a returned region is built on the arrays the shim filled, without a second copy.
/// </summary>
public sealed class RegionMarshaller(string cppType, int dimension) : ValueMarshaller
{
    public override string CsType => "ImageRegion";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    private string Count => dimension.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override ParameterCrossing In(ParameterName name, NameScope names)
    {
        var index = names.Cs(name.Cs + "Index");
        var size = names.Cs(name.Cs + "Size");
        var cppIndex = names.Cpp(name.Cpp + "_index");
        var cppSize = names.Cpp(name.Cpp + "_size");
        var value = names.Cpp(name.Cpp + "_value");
        var i = names.CppBlock("i");
        return new()
        {
            CsDeclaration = $"ImageRegion {name.Cs}",
            CsType = CsType,
            CsChecks = ArgumentChecks.Throw($"{name.Cs}.Dimension != {dimension}", $"Expected a {dimension}-dimensional region.", name.Cs).ToList(),
            CsPins = [$"fixed (long* {index} = {name.Cs}.Index)", $"fixed (ulong* {size} = {name.Cs}.Size)"],
            CsArguments = [index, size],
            CsInteropParameters = [$"long* {index}", $"ulong* {size}"],
            CppParameters = [$"const long * {cppIndex}", $"const unsigned long * {cppSize}"],
            CppBefore =
            [
                $"{cppType} {value};",
                .. ArrayElement.Loop(i, Count, $"{value}.SetIndex({i}, {cppIndex}[{i}]);", $"{value}.SetSize({i}, {cppSize}[{i}]);"),
            ],
            CppArgument = value,
        };
    }

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names)
    {
        var index = names.Cs("resultIndex");
        var size = names.Cs("resultSize");
        var indexPointer = names.Cs(index + "Pointer");
        var sizePointer = names.Cs(size + "Pointer");
        var cppIndex = names.Cpp("result_index");
        var cppSize = names.Cpp("result_size");
        return new()
        {
            CsType = CsType,
            CsInteropReturnType = "void",
            CsLocals = [$"var {index} = new long[{dimension}];", $"var {size} = new ulong[{dimension}];"],
            CsPins = [$"fixed (long* {indexPointer} = {index})", $"fixed (ulong* {sizePointer} = {size})"],
            CsArguments = [indexPointer, sizePointer],
            CsInteropParameters = [$"long* {index}", $"ulong* {size}"],
            CsReturn = [$"return ImageRegion.FromArrays({index}, {size});"],
            CppReturnType = "void",
            CppParameters = [$"long * {cppIndex}", $"unsigned long * {cppSize}"],
            CppStatements = HandOver(call, cppAfter, usesValueTwice: true, names, value =>
            {
                var i = names.CppBlock("i");
                return ArrayElement.Loop(i, Count, $"{cppIndex}[{i}] = {value}.GetIndex({i});", $"{cppSize}[{i}] = {value}.GetSize({i});");
            }),
        };
    }
}
