namespace ItkBindGen.Binding.Marshalling;

/// <summary><c>bool</c> crosses as one byte, 0 or 1, so neither side depends on the other's bool layout.</summary>
public sealed class BoolMarshaller : ScalarMarshaller
{
    public override string CsType => "bool";

    public override string CsInteropType => "byte";

    public override string CppShimType => "std::uint8_t";

    public override string CppValueType => "bool";

    protected override string CsToInterop(string value) => $"{value} ? (byte)1 : (byte)0";

    protected override string InteropToCs(string value) => $"{value} != 0";

    protected override string ShimToCpp(string value) => $"{value} != 0";

    protected override string CppToShim(string value) => $"{value} ? 1 : 0";

    public override DefaultArgument DefaultValue(string cppDefault) => cppDefault.Trim() switch
    {
        "true" or "1" => DefaultArgument.Constant("true"),
        "false" or "0" => DefaultArgument.Constant("false"),
        _ => DefaultArgument.NotRepresentable,
    };
}
