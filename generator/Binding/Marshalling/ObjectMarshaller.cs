namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A pointer or SmartPointer to a wrapped class: in as the proxy's handle (never null), out as a pointer
/// carrying one reference that a new proxy takes over (null when C++ returned none).
/// </summary>
// proxy: The proxy as this module's code names it.
// cppClass: The class's canonical C++ name.
// isSmartPointer: Whether C++ returns a SmartPointer (by value) rather than a raw pointer.
public sealed class ObjectMarshaller(string proxy, string cppClass, bool isSmartPointer, string nativeClass) : ValueMarshaller
{
    public override string CsType => proxy;

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{proxy} {name}",
        CsType = proxy,
        CsChecks = [$"ArgumentNullException.ThrowIfNull({name});"],
        CsArguments = [$"{name}.Handle"],
        CsInteropParameters = [$"NativeObjectHandle {name}"],
        CppParameters = [$"itk::LightObject * {name}"],
        CppArgument = $"ibg::as<{cppClass}>({name})",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = proxy + "?",
        CsInteropReturnType = "nint",
        CsLocals = ["nint result;"],
        CsAssign = "result = ",
        CsReturn = [$"return result == 0 ? null : new {proxy}(new NativeObjectHandle(result, {nativeClass}.UnregisterFunction));"],
        CppReturnType = "itk::LightObject *",
        CppStatements = HandOver(call, cppAfter, usesValueTwice: false,
            value => [isSmartPointer ? $"return ibg::share({value}.GetPointer());" : $"return ibg::share({value});"]),
        CppFallback = "return {};",
    };
}
