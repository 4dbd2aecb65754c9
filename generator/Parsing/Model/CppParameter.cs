namespace ItkBindGen.Parsing;

/// <summary>A function parameter; <see cref="DefaultValue"/> is the default argument's source text.</summary>
public sealed class CppParameter
{
    public required string Name { get; init; }

    public required CppType Type { get; init; }

    public string? DefaultValue { get; init; }

    public override string ToString()
    {
        var text = Name.Length == 0 ? Type.CanonicalSpelling : $"{Type.CanonicalSpelling} {Name}";
        return DefaultValue is null ? text : $"{text} = {DefaultValue}";
    }
}
