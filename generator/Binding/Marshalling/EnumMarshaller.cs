namespace ItkBindGen.Binding.Marshalling;

/// <summary>An enum crosses as its underlying integer; the C# enum has the same underlying type and values.</summary>
// csEnum: The C# enum as this module's code names it.
// cppEnum: The C++ enum's canonical name.
public sealed class EnumMarshaller(string csEnum, string cppEnum, string underlyingCs, string underlyingCpp) : ScalarMarshaller
{
    public override string CsType => csEnum;

    public override string CsInteropType => underlyingCs;

    public override string CppShimType => underlyingCpp;

    public override string CppValueType => cppEnum;

    protected override string CsToInterop(string value) => $"({underlyingCs}){value}";

    protected override string InteropToCs(string value) => $"({csEnum}){value}";

    protected override string ShimToCpp(string value) => $"static_cast<{cppEnum}>({value})";

    protected override string CppToShim(string value) => $"static_cast<{underlyingCpp}>({value})";
}
