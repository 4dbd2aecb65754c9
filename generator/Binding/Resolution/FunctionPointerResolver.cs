using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>C function pointers whose result and parameters are arithmetic values or const references to them.</summary>
internal sealed class FunctionPointerResolver : ITypeResolver
{
    public Resolution Pointer(CppType pointee, string spelling, MarshallerResolver chain)
    {
        if (pointee is not CppFunctionType function)
        {
            return Resolution.Unhandled;
        }
        var parameters = function.ParameterTypes.Select(t => Value(t, allowReference: true)).ToList();
        var returned = Value(function.ReturnType, allowReference: false);
        if (function.IsVariadic || returned is null || parameters.Any(p => p is null or "void"))
        {
            return Resolution.Fail($"function pointer '{spelling}' is mapped only with arithmetic parameters and result");
        }
        return Resolution.Of(new FunctionPointerMarshaller($"delegate* unmanaged<{string.Join(", ", parameters.Append(returned))}>", spelling));
    }

    private static string? Value(CppType type, bool allowReference)
    {
        var stripped = type.StripTypedefs();
        if (allowReference && stripped is CppReferenceType { IsRValue: false } reference)
        {
            var referenced = MarshallerResolver.Unqualify(reference.Referenced.StripTypedefs(), out var isConst);
            return isConst && referenced is CppPrimitiveType p && CsPrimitives.Of(p.PrimitiveKind) is { } pointee ? pointee + "*" : null;
        }
        return MarshallerResolver.Unqualify(stripped, out _) is CppPrimitiveType primitive
            ? primitive.PrimitiveKind == CppPrimitiveKind.Void ? "void" : CsPrimitives.Of(primitive.PrimitiveKind)
            : null;
    }
}
