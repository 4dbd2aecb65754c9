namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// An object of a wrapped class. In, as its proxy's handle (never null): a reference-counted object as its
/// <c>LightObject</c>, any other as the address of the object itself, which the callee gets by reference (so a
/// non-const reference changes the proxy's object) or by pointer. Out, as a new proxy whose handle owns what
/// <see cref="Ownership"/> says: one reference, a heap copy, a new object, or nothing (a borrowed object).
/// </summary>
// proxy: the proxy as this module's code names it; cppClass: the class's canonical C++ name; rootCppClass: the root of its
// wrapped hierarchy, which addresses of objects that are not reference counted point to; byPointer: C++ passes or returns a pointer.
public sealed class ProxyMarshaller(string proxy, string cppClass, string rootCppClass, ProxyOwnership ownership, bool byPointer, string nativeClass)
    : ValueMarshaller, IListElement
{
    public ProxyOwnership Ownership => ownership;

    private bool IsCounted => ownership is ProxyOwnership.SharedPointer or ProxyOwnership.SharedSmartPointer;

    public override string Kind => IsCounted ? "Object" : "ValueObject";

    public override string CsType => proxy;

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    /// <summary>The same class returned by a function that makes a new object (<c>%newobject</c>): the proxy owns it.</summary>
    public ProxyMarshaller AsNewObject() => ownership == ProxyOwnership.Borrowed && byPointer
        ? new ProxyMarshaller(proxy, cppClass, rootCppClass, ProxyOwnership.OwnedPointer, byPointer, nativeClass)
        : this;

    public string CsItemType => proxy + "?";

    // A null result is possible only from a pointer.
    private bool MayBeNull => IsCounted || byPointer;

    private string ReleaseFunction => IsCounted ? $"{nativeClass}.UnregisterFunction" : $"{proxy}.ReleaseFunction";

    private string ValueOf(string address) =>
        rootCppClass == cppClass ? $"ibg::value_of<{cppClass}>({address})" : $"ibg::value_of<{cppClass}, {rootCppClass}>({address})";

    private string AddressOf(string pointer) => rootCppClass == cppClass ? pointer : $"ibg::address_of<{rootCppClass}>({pointer})";

    public override ParameterCrossing In(ParameterName name, NameScope names) => new()
    {
        CsDeclaration = $"{proxy} {name.Cs}",
        CsType = proxy,
        CsChecks = [ArgumentChecks.NotNull(name.Cs)],
        CsArguments = [$"{name.Cs}.Handle"],
        CsInteropParameters = [$"NativeObjectHandle {name.Cs}"],
        CppParameters = [IsCounted ? $"itk::LightObject * {name.Cpp}" : $"void * {name.Cpp}"],
        CppArgument = IsCounted ? $"ibg::as<{cppClass}>({name.Cpp})" : byPointer ? ValueOf(name.Cpp) : "*" + ValueOf(name.Cpp),
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) =>
        ReturnedValue.Address(MayBeNull ? proxy + "?" : proxy, IsCounted ? "itk::LightObject *" : "void *", call, cppAfter, names,
            result => MayBeNull ? $"return {result} == 0 ? null : {ProxyOf(result)};" : $"return {ProxyOf(result)};",
            value => $"return {Give(value)};");

    private string Give(string value) => ownership switch
    {
        ProxyOwnership.SharedPointer or ProxyOwnership.SharedSmartPointer => CppToAddress(value),
        ProxyOwnership.OwnedCopy => AddressOf($"new {cppClass}({value})"),
        _ => AddressOf(byPointer ? value : "&" + value),
    };

    private string ProxyOf(string address) => ownership == ProxyOwnership.Borrowed
        ? $"new {proxy}(NativeObjectHandle.Borrow({address}))"
        : $"new {proxy}(new NativeObjectHandle({address}, {ReleaseFunction}))";

    public string CppToAddress(string value) => ObjectHandOver.Share(value, ownership == ProxyOwnership.SharedSmartPointer);

    public string CsFromAddress(string address) => $"{address} == 0 ? null : {ProxyOf(address)}";
}
