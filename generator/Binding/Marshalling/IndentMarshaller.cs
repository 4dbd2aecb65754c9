namespace ItkBindGen.Binding.Marshalling;

/// <summary><c>itk::Indent</c>, the depth ITK's printing indents by, as the <c>int</c> it holds.</summary>
public sealed class IndentMarshaller : ScalarMarshaller
{
    public override string CsType => "int";

    public override string CsInteropType => "int";

    public override string CppShimType => "int";

    public override string CppValueType => "itk::Indent";

    protected override string ShimToCpp(string value) => $"itk::Indent({value})";

    protected override string CppToShim(string value) => $"{value}.GetIndent()";

    public override DefaultArgument DefaultValue(string cppDefault) => DefaultValues.Numeric(cppDefault, "int");
}
