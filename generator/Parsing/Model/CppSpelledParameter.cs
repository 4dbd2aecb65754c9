namespace ItkBindGen.Parsing;

/// <summary>A parameter of a <see cref="CppFunctionTemplate"/>: its type as written, since it may depend on template parameters.</summary>
public sealed record CppSpelledParameter(string Name, string TypeSpelling, string? DefaultValue)
{
    public override string ToString()
    {
        var text = Name.Length == 0 ? TypeSpelling : $"{TypeSpelling} {Name}";
        return DefaultValue is null ? text : $"{text} = {DefaultValue}";
    }
}
