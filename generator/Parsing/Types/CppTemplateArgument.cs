namespace ItkBindGen.Parsing;

/// <summary>One template argument: a type, or a value (an integral constant, printed in C++ form).</summary>
public sealed class CppTemplateArgument
{
    private CppTemplateArgument(CppType? type, string? value)
    {
        Type = type;
        Value = value;
    }

    public CppType? Type { get; }

    public string? Value { get; }

    public bool IsType => Type is not null;

    public static CppTemplateArgument ForType(CppType type) => new(type, null);

    public static CppTemplateArgument ForValue(string value) => new(null, value);

    public override string ToString() => Type?.CanonicalSpelling ?? Value ?? string.Empty;
}
