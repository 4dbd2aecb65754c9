namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// <c>std::string</c> and <c>const char *</c>: UTF-8 in, and out as a copy the shim allocates and the wrapper frees
/// after decoding (the C++ string may not outlive the call).
/// </summary>
public sealed class StringMarshaller(string nativeClass) : ValueMarshaller
{
    public override string CsType => "string";

    // A parameter only: the C# override reads a copy; a returned string would need an owner on the C++ side.
    public override DirectorCrossing Director => new("const char *", "nint", "string")
    {
        CppToAbi = value => $"ibg::c_str({value})",
        AbiToCs = value => $"NativeStrings.FromUtf8({value})!",
    };

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"string {name}",
        CsType = "string",
        CsChecks = [$"ArgumentNullException.ThrowIfNull({name});"],
        CsArguments = [name],
        CsInteropParameters = [$"string {name}"],
        CppParameters = [$"const char * {name}"],
        CppArgument = name,
        UsesStrings = true,
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = "string",
        CsInteropReturnType = "nint",
        CsLocals = ["nint result;"],
        CsAssign = "result = ",
        CsReturn = [$"return {nativeClass}.TakeString(result);"],
        CppReturnType = "char *",
        CppStatements = HandOver(call, cppAfter, usesValueTwice: false, value => [$"return ibg::duplicate({value});"]),
        CppFallback = "return {};",
    };

    public override string DefaultValue(string cppDefault)
    {
        var text = cppDefault.Trim();
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' && !text.Contains('\\', StringComparison.Ordinal)
            ? text
            : DefaultValues.NotRepresentable;
    }
}
