using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>Arithmetic types and <c>bool</c>.</summary>
internal sealed class PrimitiveResolver : ITypeResolver
{
    public Resolution Value(CppType type, string spelling, MarshallerResolver chain) => type switch
    {
        CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Bool } => Resolution.Of(new BoolMarshaller()),
        CppPrimitiveType primitive when CsPrimitives.Of(primitive.PrimitiveKind) is { } cs => Resolution.Of(new PrimitiveMarshaller(cs, primitive.CanonicalSpelling)),
        CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Void } => Resolution.Fail("'void' is not a value"),
        CppPrimitiveType => Resolution.Fail($"'{spelling}' has no C# mapping"),
        _ => Resolution.Unhandled,
    };

    /// <summary>The element of an array-shaped kind for an arithmetic (or bool) type, or null.</summary>
    public static ArrayElement? Element(CppType? type) =>
        type?.StripTypedefs() is CppPrimitiveType primitive
            ? primitive.PrimitiveKind == CppPrimitiveKind.Bool ? ArrayElement.Of("bool", "bool")
            : CsPrimitives.Of(primitive.PrimitiveKind) is { } cs ? ArrayElement.Of(cs, CppSpelling.Of(primitive.PrimitiveKind)) : null
            : null;
}
