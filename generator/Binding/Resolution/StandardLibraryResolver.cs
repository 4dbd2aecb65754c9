using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>
/// Strings (<c>std::string</c>, <c>char *</c>), output streams, and <c>std::vector</c>, whose marshaller is composed
/// from its element's: arithmetic values, fixed-length ITK values, strings, objects of wrapped classes.
/// </summary>
internal sealed class StandardLibraryResolver : ITypeResolver
{
    public Resolution Value(CppType type, string spelling, MarshallerResolver chain)
    {
        if (type is not CppNamedType { IsEnum: false } named)
        {
            return Resolution.Unhandled;
        }
        var arguments = named.TemplateArguments;
        var isChar = arguments.Count > 0 && arguments[0].Type is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char };
        return named.FullName switch
        {
            "std::basic_string" or "std::__cxx11::basic_string" when isChar => Resolution.Of(new StringMarshaller(chain.NativeClass)),
            "std::basic_ostream" when isChar => Resolution.Of(new StreamMarshaller(chain.NativeClass)),
            "std::vector" when arguments.Count > 0 && arguments[0].Type?.StripTypedefs() is { } element => Vector(element, chain),
            _ => Resolution.Unhandled,
        };
    }

    public Resolution Pointer(CppType pointee, string spelling, MarshallerResolver chain) =>
        pointee is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char } ? Resolution.Of(new StringMarshaller(chain.NativeClass)) : Resolution.Unhandled;

    /// <summary>The vector's marshaller from its element's; a vector of anything else has no mapping.</summary>
    private static Resolution Vector(CppType element, MarshallerResolver chain)
    {
        var item = element is CppPointerType pointer ? chain.Pointer(pointer, pointer.CanonicalSpelling) : chain.Value(MarshallerResolver.Unqualify(element, out _), element.CanonicalSpelling);
        return item.Marshaller switch
        {
            PrimitiveMarshaller primitive when element is not CppPointerType =>
                Resolution.Of(new PrimitiveVectorMarshaller(ArrayElement.Of(primitive.CsType, primitive.CppShimType), chain.NativeClass)),
            StringMarshaller strings when element is not CppPointerType => Resolution.Of(new ListMarshaller(strings, chain.NativeClass)),
            ProxyMarshaller { Ownership: ProxyOwnership.SharedPointer or ProxyOwnership.SharedSmartPointer } objects => Resolution.Of(new ListMarshaller(objects, chain.NativeClass)),
            FixedArrayMarshaller fixedArray when element is CppNamedType => Resolution.Of(new ArrayVectorMarshaller(element.CanonicalSpelling, fixedArray, chain.NativeClass)),
            _ => Resolution.Unhandled,
        };
    }
}
