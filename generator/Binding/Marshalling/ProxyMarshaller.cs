namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// An object of a wrapped class. In, as its proxy's handle (never null, but for a variable's setter: below): a reference-counted object as its
/// <c>LightObject</c>, any other as the address of the object itself, which the callee gets by reference (so a
/// non-const reference changes the proxy's object) or by pointer. Out, as a new proxy whose handle owns what
/// <see cref="Ownership"/> says: one reference, a heap copy, a new object, or nothing (a borrowed object).
/// A variable's setter passes null too (<see cref="AcceptingNull"/>): storing a null pointer dereferences nothing.
/// </summary>
// proxy: the proxy as this module's code names it; cppClass: the class's canonical C++ name; rootCppClass: the root of its
// wrapped hierarchy, which addresses of objects that are not reference counted point to; byPointer: C++ passes or returns a pointer.
// acceptsNull: a null proxy passes a null pointer in (a pointer variable's setter), not an ArgumentNullException.
public sealed class ProxyMarshaller(string proxy, string cppClass, string rootCppClass, ProxyOwnership ownership, bool byPointer, string nativeClass,
    bool acceptsNull = false)
    : ValueMarshaller, IListElement
{
    public ProxyOwnership Ownership => ownership;

    private bool IsCounted => ownership is ProxyOwnership.SharedPointer or ProxyOwnership.SharedSmartPointer;

    public override string Kind => IsCounted ? "Object" : "ValueObject";

    public override string CsType => acceptsNull ? proxy + "?" : proxy;

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    /// <summary>The same class returned by a function that makes a new object (<c>%newobject</c>): the proxy owns it.</summary>
    public ProxyMarshaller AsNewObject() => ownership == ProxyOwnership.Borrowed && byPointer
        ? new ProxyMarshaller(proxy, cppClass, rootCppClass, ProxyOwnership.OwnedPointer, byPointer, nativeClass, acceptsNull)
        : this;

    /// <summary>
    /// The same class passed in where null may be stored as well: a pointer variable's setter, which assigns the pointer
    /// and dereferences nothing (a function may, so its parameters stay non-null). Only a pointer has a null.
    /// </summary>
    public ProxyMarshaller AcceptingNull() => MayBeNull && !acceptsNull
        ? new ProxyMarshaller(proxy, cppClass, rootCppClass, ownership, byPointer, nativeClass, acceptsNull: true)
        : this;

    public string CsItemType => proxy + "?";

    // A null result is possible only from a pointer.
    private bool MayBeNull => IsCounted || byPointer;

    private string ReleaseFunction => IsCounted ? $"{nativeClass}.UnregisterFunction" : $"{proxy}.ReleaseFunction";

    private string ValueOf(string address) =>
        rootCppClass == cppClass ? $"ibg::value_of<{cppClass}>({address})" : $"ibg::value_of<{cppClass}, {rootCppClass}>({address})";

    // Through address_of even for a root: it also drops const (a const T * result is read-only in C++ only).
    private string AddressOf(string pointer) => $"ibg::address_of<{rootCppClass}>({pointer})";

    public override ParameterCrossing In(ParameterName name, NameScope names) => new()
    {
        CsDeclaration = $"{CsType} {name.Cs}",
        CsType = CsType,
        CsChecks = acceptsNull ? [] : [ArgumentChecks.NotNull(name.Cs)],
        CsArguments = [acceptsNull ? $"{name.Cs}?.Handle ?? NativeObjectHandle.Borrow(0)" : $"{name.Cs}.Handle"],
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
