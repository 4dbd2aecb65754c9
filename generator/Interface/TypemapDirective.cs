using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// <c>%typemap(method, attribute="value") pattern, ... code</c>: one typemap of a kind this tool takes
/// (<see cref="TypemapUse"/>). A pattern is one parameter (<c>MyType</c>, <c>const MyType &amp;</c>) or several
/// (<c>(char *data, int size)</c>). <see cref="Code"/> is null for <c>%typemap(method) pattern;</c>, which clears it.
/// </summary>
public sealed record TypemapDirective(
    string Method,
    TypemapUse Use,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<IReadOnlyList<ApplyTarget>> Patterns,
    InterfaceCode? Code,
    SourceLocation Location)
{
    public override string ToString()
    {
        var head = string.Join(", ", Attributes.Select(a => $"{a.Key}=\"{a.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"").Prepend(Method));
        var patterns = string.Join(", ", Patterns.Select(p => p.Count == 1 ? p[0].ToString() : "(" + string.Join(", ", p) + ")"));
        return Code is null ? $"%typemap({head}) {patterns};" : $"%typemap({head}) {patterns} %{{{Code.Text}%}};";
    }
}
