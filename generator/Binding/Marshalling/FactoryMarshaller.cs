namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// What a class's factory returns to its proxy's constructor: the handle of the new object, never null. A reference
/// counted class's <c>New()</c> hands over one reference its handle unregisters; a value class's <c>new</c> hands over
/// the copy its handle deletes.
/// </summary>
// releaseFunction: the C# expression of the handle's release function; sharesReference: the call returns a SmartPointer;
// root: for a class that is not reference counted, the root of its wrapped hierarchy when it is another class.
public sealed class FactoryMarshaller(string releaseFunction, bool sharesReference, string? root = null) : ValueMarshaller
{
    public static FactoryMarshaller ReferenceCounted(string nativeClass) => new($"{nativeClass}.UnregisterFunction", sharesReference: true);

    /// <param name="proxy">The proxy whose constructor takes the object.</param>
    /// <param name="root">The root of the class's wrapped hierarchy, or null when it is the class itself.</param>
    public static FactoryMarshaller ValueClass(string proxy, string? root = null) => new($"{proxy}.ReleaseFunction", sharesReference: false, root);

    public override string CsType => "NativeObjectHandle";

    public override MarshallerUses Uses => MarshallerUses.Return;

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) =>
        ReturnedValue.Address("NativeObjectHandle", sharesReference ? "itk::LightObject *" : "void *", call, cppAfter, names,
            result => $"return new NativeObjectHandle({result}, {releaseFunction});",
            value => sharesReference ? $"return {ObjectHandOver.Share(value, isSmartPointer: true)};"
                : root is null ? $"return {value};" : $"return ibg::address_of<{root}>({value});");
}
