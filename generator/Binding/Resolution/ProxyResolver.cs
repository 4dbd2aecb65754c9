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
        if (chain.ValueClasses.TryGetValue(named.CanonicalSpelling, out var valueProxy))
        {
            return Resolution.Of(new ProxyMarshaller(valueProxy, named.CanonicalSpelling, ProxyOwnership.OwnedCopy, chain.NativeClass));
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
            ? Resolution.Of(new ProxyMarshaller(proxy, target.CanonicalSpelling, ProxyOwnership.SharedSmartPointer, chain.NativeClass))
            : Resolution.Fail($"class '{target.CanonicalSpelling}' is not wrapped (add a %template or %include for it)");
    }

    public Resolution Pointer(CppType pointee, string spelling, MarshallerResolver chain) =>
        pointee is CppNamedType { IsEnum: false } && chain.Proxies.TryGetValue(pointee.CanonicalSpelling, out var proxy)
            ? Resolution.Of(new ProxyMarshaller(proxy, pointee.CanonicalSpelling, ProxyOwnership.SharedPointer, chain.NativeClass))
            : Resolution.Unhandled;
}
