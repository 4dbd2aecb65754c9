namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A <c>std::ostream &amp;</c> a member prints into (<c>Print</c>, <c>PrintSelf</c>): C# gets the text as an
/// <c>out string</c>; the shim prints into a string stream and hands over a copy the wrapper frees.
/// </summary>
public sealed class StreamMarshaller(string nativeClass) : ValueMarshaller
{
    public override string CsType => "string";

    /// <summary>A stream is only ever written to, so it always crosses as an out parameter.</summary>
    public override ParameterCrossing In(string name) => ByReference(name, outOnly: true);

    public override ParameterCrossing ByReference(string name, bool outOnly) => new()
    {
        CsDeclaration = $"out string {name}",
        CsType = "out string",
        CsLocals = [$"nint {name}Native = 0;"],
        CsArguments = [$"&{name}Native"],
        CsInteropParameters = [$"nint* {name}"],
        CsAfter = [$"{name} = {nativeClass}.TakeString({name}Native);"],
        CppParameters = [$"char ** {name}"],
        CppBefore = [$"std::ostringstream {name}_value;"],
        CppArgument = $"{name}_value",
        CppAfter = [$"*{name} = ibg::duplicate({name}_value.str());"],
    };

    public override ReturnCrossing? Return(string call, IReadOnlyList<string> cppAfter) => null;
}
