using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>Enums the module (or a module it imports) wraps.</summary>
internal sealed class EnumResolver : ITypeResolver
{
    public Resolution Value(CppType type, string spelling, MarshallerResolver chain)
    {
        if (type is not CppNamedType { IsEnum: true } enumType)
        {
            return Resolution.Unhandled;
        }
        return chain.Enums.TryGetValue(enumType.CanonicalSpelling, out var binding)
            ? Resolution.Of(new EnumMarshaller(binding.CsName, (binding.IsNameHidden ? "enum " : string.Empty) + enumType.CanonicalSpelling, binding.UnderlyingCsType, binding.UnderlyingCppType))
            : Resolution.Fail($"enum '{enumType.CanonicalSpelling}' is not wrapped (%include the header that declares it)");
    }
}
