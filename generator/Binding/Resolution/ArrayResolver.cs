using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>Parameters that are arrays: C arrays of known length, and raw pointers an %apply rule declares arrays.</summary>
internal static class ArrayResolver
{
    public static Resolution Span(CppType pointed, ApplyDirective rule, string spelling, string scope)
    {
        var pointee = MarshallerResolver.Unqualify(pointed.StripTypedefs(), out var isConst);
        if (PrimitiveResolver.Element(pointee) is not { CppType: not "bool" } element)
        {
            return Resolution.Fail($"%apply at {rule.Location} makes '{spelling}' an array, but only pointers to arithmetic types can be");
        }
        var writable = rule.Mode == ApplyMode.Output;
        if (writable && isConst)
        {
            return Resolution.Fail($"%apply at {rule.Location} makes '{spelling}' an OUTPUT array, but it points to const values; use INPUT");
        }
        return Resolution.Of(new SpanMarshaller(element, rule.Length!, scope, writable, pointsToConst: isConst));
    }

    public static Resolution CArray(CppArrayType array, string spelling)
    {
        var element = MarshallerResolver.Unqualify(array.ElementType.StripTypedefs(), out var isConst);
        if (array.Size is not { } size || size <= 0 || !isConst || PrimitiveResolver.Element(element) is not { CppType: not "bool" } arrayElement)
        {
            return Resolution.Fail(array.Size is null
                ? $"'{spelling}' has no length the generator can know; {MarshallerResolver.ApplyHint}"
                : $"C array '{spelling}' is mapped only with const elements of an arithmetic type");
        }
        return Resolution.Of(new CArrayMarshaller(arrayElement, checked((int)size)));
    }
}
