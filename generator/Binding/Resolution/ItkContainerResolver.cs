using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>
/// ITK's containers a filter keeps: node containers of fast marching (<c>VectorContainer</c> of <c>LevelSetNode</c>s)
/// and the decorators of inputs and outputs, whose value crosses as its own kind says.
/// </summary>
internal sealed class ItkContainerResolver : ITypeResolver
{
    public Resolution Pointer(CppType pointee, string spelling, MarshallerResolver chain)
    {
        if (NodeContainer(pointee, chain) is { } nodes)
        {
            return Resolution.Of(nodes);
        }
        return Decorated(pointee, chain);
    }

    /// <summary>A <c>VectorContainer</c> of <c>LevelSetNode</c>s of an arithmetic value type, or null.</summary>
    public static NodeContainerMarshaller? NodeContainer(CppType? type, MarshallerResolver chain)
    {
        if (type is null || MarshallerResolver.Unqualify(type.StripTypedefs(), out _) is not CppNamedType { FullName: "itk::VectorContainer" } container
            || container.TemplateArguments is not [_, { Type: var element }]
            || element?.StripTypedefs() is not CppNamedType { FullName: "itk::LevelSetNode" } node
            || node.TemplateArguments is not [{ Type: CppPrimitiveType value }, { Value: var dimensionText }]
            || CsPrimitives.Of(value.PrimitiveKind) is null || !int.TryParse(dimensionText, out var dimension))
        {
            return null;
        }
        return new NodeContainerMarshaller(container.CanonicalSpelling, dimension, chain.NativeClass);
    }

    /// <summary>
    /// A <c>SimpleDataObjectDecorator&lt;T&gt;</c> whose T has a marshaller of its own, or a <c>DataObjectDecorator&lt;T&gt;</c>
    /// of a wrapped class.
    /// </summary>
    private static Resolution Decorated(CppType pointee, MarshallerResolver chain)
    {
        if (pointee is not CppNamedType { FullName: "itk::SimpleDataObjectDecorator" or "itk::DataObjectDecorator" } named
            || named.TemplateArguments is not [{ Type: { } decoratedType }])
        {
            return Resolution.Unhandled;
        }
        var decorated = MarshallerResolver.Unqualify(decoratedType.StripTypedefs(), out _);
        if (named.FullName == "itk::DataObjectDecorator")
        {
            return chain.Proxies.TryGetValue(decorated.CanonicalSpelling, out var proxy)
                ? Resolution.Of(new DecoratorMarshaller(new ProxyMarshaller(proxy, decorated.CanonicalSpelling, decorated.CanonicalSpelling, ProxyOwnership.SharedPointer, byPointer: true, chain.NativeClass), named.CanonicalSpelling))
                : Resolution.NotWrapped(decorated.CanonicalSpelling, $"'{named.CanonicalSpelling}' decorates class '{decorated.CanonicalSpelling}', which is not wrapped (add a %template or %include for it)");
        }
        var inner = chain.Value(decorated, decoratedType.CanonicalSpelling);
        return inner.Marshaller is { } marshaller
            ? Resolution.Of(new DecoratorMarshaller(marshaller, named.CanonicalSpelling))
            : Resolution.Fail($"'{named.CanonicalSpelling}' decorates a value that {inner.Reason}");
    }
}
