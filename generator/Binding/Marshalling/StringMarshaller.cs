namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>std::string</c> and <c>const char *</c>: UTF-8 in, and out as a copy the shim allocates and the wrapper frees
/// after decoding (the C++ string may not outlive the call).
/// </summary>
public sealed class StringMarshaller(string nativeClass) : ValueMarshaller, IListElement
{
    public override string CsType => "string";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.Return;

    // A parameter only: the C# override reads a copy; a returned string would need an owner on the C++ side.
    public override DirectorCrossing Director => new("const char *", "nint", "string")
    {
        CppToAbi = value => $"ibg::c_str({value})",
        AbiToCs = value => $"NativeStrings.FromUtf8({value})!",
    };

    public override ParameterCrossing In(ParameterName name, NameScope names) => new()
    {
        CsDeclaration = $"string {name.Cs}",
        CsType = "string",
        CsChecks = [ArgumentChecks.NotNull(name.Cs)],
        CsArguments = [name.Cs],
        CsInteropParameters = [$"string {name.Cs}"],
        CppParameters = [$"const char * {name.Cpp}"],
        CppArgument = name.Cpp,
        UsesStrings = true,
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) =>
        ReturnedValue.Address("string", "char *", call, cppAfter, names, result => $"return {nativeClass}.TakeString({result});", value => $"return ibg::duplicate({value});");

    public override DefaultArgument DefaultValue(string cppDefault)
    {
        var text = cppDefault.Trim();
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' && !text.Contains('\\', StringComparison.Ordinal)
            ? DefaultArgument.Constant(text)
            : DefaultArgument.NotRepresentable;
    }

    public string CsItemType => "string";

    public string CppToAddress(string value) => $"ibg::duplicate({value})";

    public string CsFromAddress(string address) => $"{nativeClass}.TakeString({address})";
}
