namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>itk::ImageRegion&lt;D&gt;</c> as the runtime's <c>ImageRegion</c> value: its index and size cross as two
/// pinned arrays of D values; a returned region is built on the arrays the shim filled, without a second copy.
/// </summary>
public sealed class RegionMarshaller(string cppType, int dimension) : ValueMarshaller
{
    public override string CsType => "ImageRegion";

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"ImageRegion {name}",
        CsType = CsType,
        CsChecks =
        [
            $"if ({name}.Dimension != {dimension})",
            "{",
            $"    throw new ArgumentException(\"Expected a {dimension}-dimensional region.\", nameof({name}));",
            "}",
        ],
        CsPins = [$"fixed (long* {name}Index = {name}.Index)", $"fixed (ulong* {name}Size = {name}.Size)"],
        CsArguments = [$"{name}Index", $"{name}Size"],
        CsInteropParameters = [$"long* {name}Index", $"ulong* {name}Size"],
        CppParameters = [$"const long * {name}_index", $"const unsigned long * {name}_size"],
        CppBefore =
        [
            $"{cppType} {name}_value;",
            .. ArrayElement.Loop(dimension.ToString(), $"{name}_value.SetIndex(i, {name}_index[i]);", $"{name}_value.SetSize(i, {name}_size[i]);"),
        ],
        CppArgument = $"{name}_value",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = "void",
        CsLocals = [$"var resultIndex = new long[{dimension}];", $"var resultSize = new ulong[{dimension}];"],
        CsPins = ["fixed (long* resultIndexPointer = resultIndex)", "fixed (ulong* resultSizePointer = resultSize)"],
        CsArguments = ["resultIndexPointer", "resultSizePointer"],
        CsInteropParameters = ["long* resultIndex", "ulong* resultSize"],
        CsReturn = ["return ImageRegion.FromArrays(resultIndex, resultSize);"],
        CppReturnType = "void",
        CppParameters = ["long * result_index", "unsigned long * result_size"],
        CppStatements = HandOver(call, cppAfter, usesValueTwice: true, value => ArrayElement.Loop(dimension.ToString(), $"result_index[i] = {value}.GetIndex(i);", $"result_size[i] = {value}.GetSize(i);")),
    };
}
