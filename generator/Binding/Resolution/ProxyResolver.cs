using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>Objects of wrapped classes: value classes by value, reference-counted classes by pointer or SmartPointer.</summary>
internal sealed class ProxyResolver : ITypeResolver
{
    public Resolution Value(CppType type, string spelling, MarshallerResolver chain)
    {
        if (type is not CppNamedType { IsEnum: false } named)
        {
            return Resolution.Unhandled;
        }
        if (chain.ValueClasses.TryGetValue(named.CanonicalSpelling, out var value))
        {
            return Resolution.Of(new ProxyMarshaller(value.CsName, value.CppSpelling, value.RootCppSpelling, ProxyOwnership.OwnedCopy, byPointer: false, chain.NativeClass));
        }
        if (named.FullName != "itk::SmartPointer" || named.TemplateArguments is not [{ Type: { } pointee }])
        {
            return Resolution.Unhandled;
        }
        if (ItkContainerResolver.NodeContainer(pointee, chain) is { } nodes)
        {
            return Resolution.Of(nodes);
        }
        var target = MarshallerResolver.Unqualify(pointee.StripTypedefs(), out _);
        return chain.Proxies.TryGetValue(target.CanonicalSpelling, out var proxy)
            ? Resolution.Of(new ProxyMarshaller(proxy, target.CanonicalSpelling, target.CanonicalSpelling, ProxyOwnership.SharedSmartPointer, byPointer: true, chain.NativeClass))
            : Resolution.NotWrapped(target.CanonicalSpelling, $"class '{target.CanonicalSpelling}' is not wrapped (add a %template or %include for it)");
    }

    public Resolution Pointer(CppType pointee, string spelling, MarshallerResolver chain)
    {
        if (pointee is not CppNamedType { IsEnum: false })
        {
            return Resolution.Unhandled;
        }
        if (chain.Proxies.TryGetValue(pointee.CanonicalSpelling, out var proxy))
        {
            return Resolution.Of(new ProxyMarshaller(proxy, pointee.CanonicalSpelling, pointee.CanonicalSpelling, ProxyOwnership.SharedPointer, byPointer: true, chain.NativeClass));
        }
        // C++ keeps owning what a pointer points to, unless %newobject says the function made it for the caller.
        return chain.ValueClasses.TryGetValue(pointee.CanonicalSpelling, out var value)
            ? Resolution.Of(new ProxyMarshaller(value.CsName, value.CppSpelling, value.RootCppSpelling, ProxyOwnership.Borrowed, byPointer: true, chain.NativeClass))
            : Resolution.Unhandled;
    }
}
