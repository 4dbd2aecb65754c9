using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>
/// ITK's small values: <c>Indent</c>, the fixed-length arrays (<c>Size</c>, <c>Index</c>, <c>Point</c>, ...), the run-time
/// sized arrays (<c>Array</c>, <c>OptimizerParameters</c>, ...), <c>ImageRegion</c> and <c>Matrix</c>.
/// </summary>
internal sealed class ItkValueResolver : ITypeResolver
{
    public Resolution Value(CppType type, string spelling, MarshallerResolver chain)
    {
        if (type is not CppNamedType { IsEnum: false } named)
        {
            return Resolution.Unhandled;
        }
        var arguments = named.TemplateArguments;
        int NumberAt(int index) => index < arguments.Count && int.TryParse(arguments[index].Value, out var n) ? n : -1;
        ArrayElement? ElementAt(int index) => index < arguments.Count ? PrimitiveResolver.Element(arguments[index].Type) : null;
        var canonical = named.CanonicalSpelling;
        ValueMarshaller? marshaller = named.FullName switch
        {
            "itk::Indent" => new IndentMarshaller(),
            "itk::Size" when NumberAt(0) > 0 => new FixedArrayMarshaller(canonical, ArrayElement.Of("ulong", "unsigned long"), NumberAt(0)),
            "itk::Index" or "itk::Offset" when NumberAt(0) > 0 => new FixedArrayMarshaller(canonical, ArrayElement.Of("long", "long"), NumberAt(0)),
            "itk::FixedArray" or "itk::Vector" or "itk::Point" or "itk::CovariantVector" or "itk::ContinuousIndex" or "vnl_vector_fixed"
                when NumberAt(1) > 0 && ElementAt(0) is { } element => new FixedArrayMarshaller(canonical, element, NumberAt(1)),
            "itk::Array" or "itk::OptimizerParameters" or "itk::VariableLengthVector" when ElementAt(0) is { CppType: not "bool" } arrayElement =>
                new VariableArrayMarshaller(canonical, arrayElement, chain.NativeClass),
            "itk::ImageRegion" when NumberAt(0) > 0 => new RegionMarshaller(canonical, NumberAt(0)),
            "itk::Matrix" or "vnl_matrix_fixed" when NumberAt(1) > 0 && NumberAt(2) > 0 && ElementAt(0) is { CppType: not "bool" } matrixElement =>
                new MatrixMarshaller(canonical, matrixElement, NumberAt(1), NumberAt(2)),
            _ => null,
        };
        return marshaller is null ? Resolution.Unhandled : Resolution.Of(marshaller);
    }
}
