using System.Security;
using System.Text.RegularExpressions;

namespace ItkBindGen.Binding;

/// <summary>Turns a C++ doc comment into the lines of a C# XML doc comment (a summary of its first paragraph).</summary>
public static partial class Documentation
{
    private const int MaximumLines = 12;

    public static IReadOnlyList<string> Of(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return [];
        }
        var lines = new List<string>();
        foreach (var raw in comment.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = CommentMarkers().Replace(raw.Trim(), string.Empty).Trim();
            line = Commands().Replace(line, string.Empty).Trim();
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    break;
                }
                continue;
            }
            lines.Add(SecurityElement.Escape(line));
            if (lines.Count == MaximumLines)
            {
                break;
            }
        }
        return lines.Count == 0 ? [] : ["<summary>", .. lines, "</summary>"];
    }

    [GeneratedRegex(@"^(/\*\*<?|/\*!<?|///<?|//!<?|\*/|\*+(?!/))|\*/$")]
    private static partial Regex CommentMarkers();

    [GeneratedRegex(@"^[\\@](brief|short|details)\s*")]
    private static partial Regex Commands();
}
