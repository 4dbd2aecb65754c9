namespace ItkBindGen.Binding.Marshalling;

/// <summary>Arithmetic types: the same bits on both sides, so no conversion at all.</summary>
public sealed class PrimitiveMarshaller(string csType, string cppType) : ScalarMarshaller
{
    public override string CsType => csType;

    public override string CsInteropType => csType;

    public override string CppShimType => cppType;

    public override string CppValueType => cppType;

    public override DefaultArgument DefaultValue(string cppDefault) => DefaultValues.Numeric(cppDefault, csType);
}
