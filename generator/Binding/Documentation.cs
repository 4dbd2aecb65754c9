using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace ItkBindGen.Binding;

/// <summary>
/// Turns a C++ doc comment into the lines of a C# XML doc comment: Doxygen's structure commands become XML
/// (<c>\brief</c> the summary, <c>\param</c> a param tag for a parameter the C# member has, <c>\return</c> the returns
/// tag, <c>\sa</c> a "See also" remark), bookkeeping commands (<c>\class</c>, <c>\ingroup</c>, ...) are dropped, and
/// inline ones (<c>\c word</c>) become markup. Only the first paragraph of the description is kept, as the summary.
/// </summary>
public static partial class Documentation
{
    private const int MaximumLines = 12;

    // Commands whose whole line is bookkeeping for Doxygen's own pages.
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "class", "struct", "ingroup", "headerfile", "author", "wiki", "wikiexample", "sphinx", "endsphinx", "image",
        "todo", "internal", "defgroup", "addtogroup", "file", "namespace", "endwiki", "example", "include", "date", "version",
    };

    // Commands that mark up a word inside a sentence.
    private static readonly HashSet<string> InlineCommands = new(StringComparer.Ordinal) { "c", "p", "a", "e", "em", "b", "f" };

    private enum Section
    {
        Description,
        Parameter,
        Returns,
        SeeAlso,
        Ignored,
    }

    public static IReadOnlyList<string> Of(string? comment) => Of(comment, []);

    /// <param name="comment">The raw comment.</param>
    /// <param name="parameters">The C# member's parameter names: a <c>\param</c> naming another is left out.</param>
    public static IReadOnlyList<string> Of(string? comment, IReadOnlyCollection<string> parameters)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return [];
        }
        var summary = new List<string>();
        var parameterText = new List<(string Name, StringBuilder Text)>();
        var returns = new StringBuilder();
        var seeAlso = new List<string>();
        var section = Section.Description;
        var summaryEnded = false;
        var inCode = false;
        foreach (var raw in comment.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = CommentMarkers().Replace(raw.Trim(), string.Empty).Trim();
            if (CodeBlock().Match(line) is { Success: true } code)
            {
                inCode = code.Groups[1].Value == "code";
                continue;
            }
            if (inCode)
            {
                continue;
            }
            if (StructureCommand().Match(line) is { Success: true } command && !InlineCommands.Contains(command.Groups[1].Value))
            {
                var name = command.Groups[1].Value;
                var rest = line[command.Length..].Trim();
                switch (name)
                {
                    case var _ when Dropped.Contains(name):
                        section = Section.Ignored;
                        continue;
                    case "brief" or "short" or "details":
                        section = Section.Description;
                        line = rest;
                        break;
                    case "param" or "tparam":
                        var parameter = ParameterName().Match(rest);
                        section = name == "param" && parameter.Success ? Section.Parameter : Section.Ignored;
                        if (section == Section.Parameter)
                        {
                            parameterText.Add((parameter.Groups[1].Value, new StringBuilder(rest[parameter.Length..].Trim())));
                        }
                        continue;
                    case "return" or "returns" or "retval":
                        section = Section.Returns;
                        returns.Append(rest);
                        continue;
                    case "sa" or "see":
                        section = Section.SeeAlso;
                        seeAlso.AddRange(rest.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries));
                        continue;
                    default:
                        // \note, \warning, \par and the like open text the summary does not carry.
                        section = Section.Ignored;
                        continue;
                }
            }
            if (line.Length == 0)
            {
                summaryEnded |= section == Section.Description && summary.Count > 0;
                if (section != Section.Description)
                {
                    section = Section.Ignored;
                }
                continue;
            }
            switch (section)
            {
                case Section.Description when !summaryEnded && summary.Count < MaximumLines:
                    summary.Add(Inline(line));
                    break;
                case Section.Parameter:
                    parameterText[^1].Text.Append(' ').Append(line);
                    break;
                case Section.Returns:
                    returns.Append(' ').Append(line);
                    break;
                case Section.SeeAlso:
                    seeAlso.AddRange(line.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries));
                    break;
            }
        }
        var lines = new List<string>();
        if (summary.Count > 0)
        {
            lines.Add("<summary>");
            lines.AddRange(summary);
            lines.Add("</summary>");
        }
        foreach (var (name, text) in parameterText.Where(p => parameters.Contains(p.Name)).DistinctBy(p => p.Name))
        {
            lines.Add($"<param name=\"{name}\">{Inline(text.ToString().Trim())}</param>");
        }
        if (returns.Length > 0)
        {
            lines.Add($"<returns>{Inline(returns.ToString().Trim())}</returns>");
        }
        if (seeAlso.Count > 0)
        {
            lines.Add($"<remarks>See also: {string.Join(", ", seeAlso.Select(s => "<c>" + SecurityElement.Escape(s.TrimEnd('.')) + "</c>"))}.</remarks>");
        }
        return lines;
    }

    /// <summary>Escapes the text for XML and turns Doxygen's inline commands into markup.</summary>
    private static string Inline(string text)
    {
        var escaped = SecurityElement.Escape(text);
        escaped = CodeWord().Replace(escaped, m => m.Groups[1].Value is "c" or "p" or "a" ? $"<c>{m.Groups[2].Value}</c>" : m.Groups[2].Value);
        escaped = Formula().Replace(escaped, m => m.Groups[1].Value.Trim());
        return OtherCommand().Replace(escaped, m => m.Groups[1].Value + m.Groups[2].Value);
    }

    [GeneratedRegex(@"^(/\*\*<?|/\*!<?|///<?|//!<?|\*/|\*+(?!/))|\*/$")]
    private static partial Regex CommentMarkers();

    [GeneratedRegex(@"^[\\@](\w+)\b")]
    private static partial Regex StructureCommand();

    [GeneratedRegex(@"^(?:\[[a-z, ]+\]\s*)?(\w+)")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^[\\@](code|endcode)\b")]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"[\\@](c|p|a|e|em|b)\s+(\S+)")]
    private static partial Regex CodeWord();

    [GeneratedRegex(@"\\f\$(.*?)\\f\$")]
    private static partial Regex Formula();

    [GeneratedRegex(@"(^|\s)[\\@](\w+)")]
    private static partial Regex OtherCommand();
}
