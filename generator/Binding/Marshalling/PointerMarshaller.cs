namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// An opaque native address (a buffer, a callback, a context) the runtime handles itself: <c>nint</c> in C#,
/// the given pointer type in the shim.
/// </summary>
public sealed class PointerMarshaller(string cppType) : ScalarMarshaller
{
    public override string CsType => "nint";

    public override string CsInteropType => "nint";

    public override string CppShimType => cppType;

    public override string CppValueType => cppType;

    protected override string CppToShim(string value) => $"static_cast<{cppType}>({value})";
}
