namespace ItkBindGen.Parsing;

/// <summary>A template parameter: <c>typename TImage</c>, <c>unsigned int VDimension = 2</c>.</summary>
public sealed class CppTemplateParameter
{
    public required CppTemplateParameterKind Kind { get; init; }

    public required string Name { get; init; }

    /// <summary>The value type of a non-type parameter.</summary>
    public CppType? Type { get; init; }

    /// <summary>The default argument as written, or null.</summary>
    public string? DefaultValue { get; init; }

    public bool IsParameterPack { get; init; }

    public override string ToString()
    {
        var head = Kind switch
        {
            CppTemplateParameterKind.NonType => Type?.Spelling ?? "auto",
            CppTemplateParameterKind.Template => "template <...> class",
            _ => "typename",
        };
        var pack = IsParameterPack ? "..." : string.Empty;
        return DefaultValue is null ? $"{head}{pack} {Name}" : $"{head}{pack} {Name} = {DefaultValue}";
    }
}
