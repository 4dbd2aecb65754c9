namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// An object of a wrapped class, in as its proxy's handle (never null) and out as a new proxy. A reference-counted
/// class crosses as a pointer carrying one reference the proxy takes over (null when C++ returned none); a value
/// class (not reference counted: <c>FlatStructuringElement&lt;D&gt;</c>, kernels) crosses by value or const reference,
/// the callee getting the object itself and a result coming back as a heap copy the new proxy owns.
/// </summary>
// proxy: the proxy as this module's code names it; cppClass: the class's canonical C++ name.
public sealed class ProxyMarshaller(string proxy, string cppClass, ProxyOwnership ownership, string nativeClass) : ValueMarshaller, IListElement
{
    public ProxyOwnership Ownership => ownership;

    private bool IsValue => ownership == ProxyOwnership.OwnedCopy;

    public override string Kind => IsValue ? "ValueObject" : "Object";

    public override string CsType => proxy;

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    public string CsItemType => proxy + "?";

    /// <summary>The release function a new proxy's handle calls.</summary>
    private string ReleaseFunction => IsValue ? $"{proxy}.ReleaseFunction" : $"{nativeClass}.UnregisterFunction";

    public override ParameterCrossing In(ParameterName name, NameScope names) => new()
    {
        CsDeclaration = $"{proxy} {name.Cs}",
        CsType = proxy,
        CsChecks = [ArgumentChecks.NotNull(name.Cs)],
        CsArguments = [$"{name.Cs}.Handle"],
        CsInteropParameters = [$"NativeObjectHandle {name.Cs}"],
        CppParameters = [IsValue ? $"void * {name.Cpp}" : $"itk::LightObject * {name.Cpp}"],
        CppArgument = IsValue ? $"*ibg::value_of<{cppClass}>({name.Cpp})" : $"ibg::as<{cppClass}>({name.Cpp})",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) =>
        ReturnedValue.Address(IsValue ? proxy : proxy + "?", IsValue ? "void *" : "itk::LightObject *", call, cppAfter, names,
            result => IsValue ? $"return {ProxyOf(result)};" : $"return {result} == 0 ? null : {ProxyOf(result)};",
            value => IsValue ? $"return new {cppClass}({value});" : $"return {CppToAddress(value)};");

    private string ProxyOf(string address) => $"new {proxy}(new NativeObjectHandle({address}, {ReleaseFunction}))";

    public string CppToAddress(string value) => ObjectHandOver.Share(value, ownership == ProxyOwnership.SharedSmartPointer);

    public string CsFromAddress(string address) => $"{address} == 0 ? null : {ProxyOf(address)}";
}
