using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// <c>%feature("name") target;</c> or <c>%feature("name", "value") target;</c>, kept for features to come
/// (directors); until one is implemented the binding reports each (IBG3008). The value is null when only the name
/// was given.
/// </summary>
public sealed record FeatureDirective(string Name, string? Value, string Target, SourceLocation Location)
{
    public override string ToString() =>
        Value is null ? $"%feature({Quote(Name)}) {Target};" : $"%feature({Quote(Name)}, {Quote(Value)}) {Target};";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
