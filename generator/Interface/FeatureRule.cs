using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// A <c>%feature</c> beyond a plain one (<see cref="FeatureDirective"/>): global (no target), on a signature or
/// <c>*::</c> target, with attributes (<c>%feature("except", throws="1")</c>), or with a code body; also what SWIG's
/// feature directives (<c>%nspace</c>, <c>%csmethodmodifiers</c>, <c>%catches</c>, ...) stand for.
/// </summary>
public sealed record FeatureRule(string Name, string? Value, IReadOnlyList<KeyValuePair<string, string>> Attributes, DeclarationTarget? Target, SourceLocation Location)
{
    public override string ToString()
    {
        // A value a string cannot hold as written (code with line breaks) is printed as the body SWIG also accepts.
        var asBody = Value is not null && (Value.Contains('\n') || Value.Contains('\\') || Value.Contains('"'));
        var arguments = new List<string> { Quote(Name) };
        if (Value is not null && !asBody)
        {
            arguments.Add(Quote(Value));
        }
        arguments.AddRange(Attributes.Select(a => $"{a.Key}={Quote(a.Value)}"));
        var target = Target is null ? string.Empty : " " + Target;
        return asBody ? $"%feature({string.Join(", ", arguments)}){target} %{{{Value}%}};" : $"%feature({string.Join(", ", arguments)}){target};";
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
