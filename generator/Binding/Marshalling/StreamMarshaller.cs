namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A <c>std::ostream &amp;</c> a member prints into (<c>Print</c>, <c>PrintSelf</c>): C# gets the text as an
/// <c>out string</c>; the shim prints into a string stream and hands over a copy the wrapper frees.
/// </summary>
public sealed class StreamMarshaller(string nativeClass) : ValueMarshaller
{
    public override string CsType => "string";

    public override MarshallerUses Uses => MarshallerUses.In | MarshallerUses.WriteBack;

    /// <summary>A stream is only ever written to, so it always crosses as an out parameter.</summary>
    public override ParameterCrossing In(ParameterName name, NameScope names) => ByReference(name, outOnly: true, names);

    public override ParameterCrossing ByReference(ParameterName name, bool outOnly, NameScope names)
    {
        var native = names.Cs(name.Cs + "Native");
        var value = names.Cpp(name.Cpp + "_value");
        return new()
        {
            CsDeclaration = $"out string {name.Cs}",
            CsType = "out string",
            Passing = Passing.Out,
            CsLocals = [$"nint {native} = 0;"],
            CsArguments = [$"&{native}"],
            CsInteropParameters = [$"nint* {name.Cs}"],
            CsAfter = [$"{name.Cs} = {nativeClass}.TakeString({native});"],
            CppParameters = [$"char ** {name.Cpp}"],
            CppBefore = [$"std::ostringstream {value};"],
            CppArgument = value,
            CppAfter = [$"*{name.Cpp} = ibg::duplicate({value}.str());"],
        };
    }
}
