using System.Text;

namespace ItkBindGen.Parsing.Building;

/// <summary>Reads and rewrites C++ spellings at the token level: template-ids split apart, template parameters substituted.</summary>
internal static class TemplateSpelling
{
    /// <summary>
    /// Splits <c>Scope::Member&lt;Arguments&gt;</c> (<c>itk::Image&lt;float,2&gt;::TransformPhysicalPointToIndex&lt;double&gt;</c>)
    /// into its scope, member name and top-level arguments; null when the spelling does not end in such a template-id.
    /// </summary>
    public static (string Scope, string Member, List<string> Arguments)? SplitMemberTemplate(string spelling)
    {
        var text = spelling.Trim();
        if (!text.EndsWith('>'))
        {
            return null;
        }
        var open = MatchingOpen(text, text.Length - 1);
        if (open <= 0)
        {
            return null;
        }
        var nameEnd = open;
        while (nameEnd > 0 && text[nameEnd - 1] == ' ')
        {
            nameEnd--;
        }
        var nameStart = nameEnd;
        while (nameStart > 0 && IsIdentifierChar(text[nameStart - 1]))
        {
            nameStart--;
        }
        var scopeEnd = text.LastIndexOf("::", nameStart, nameStart, StringComparison.Ordinal);
        if (nameStart == nameEnd || scopeEnd <= 0 || text[scopeEnd..nameStart].Trim() != "::")
        {
            return null;
        }
        var arguments = SplitArguments(text[(open + 1)..^1]);
        return (text[..scopeEnd].Trim(), text[nameStart..nameEnd], arguments);
    }

    /// <summary>The top-level comma-separated parts of a template argument list.</summary>
    public static List<string> SplitArguments(string list)
    {
        var parts = new List<string>();
        int angles = 0, brackets = 0, start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '(' or '[' or '{':
                    brackets++;
                    break;
                case ')' or ']' or '}':
                    brackets--;
                    break;
                case '<' when brackets == 0:
                    angles++;
                    break;
                case '>' when brackets == 0:
                    angles--;
                    break;
                case ',' when angles == 0 && brackets == 0:
                    parts.Add(list[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        if (list.Trim().Length > 0)
        {
            parts.Add(list[start..].Trim());
        }
        return parts;
    }

    /// <summary>
    /// Replaces each identifier that names a template parameter with its argument; a name after <c>::</c>, <c>.</c> or
    /// <c>-&gt;</c> is a member's, not the parameter.
    /// </summary>
    public static string Substitute(string spelling, IReadOnlyDictionary<string, string> arguments)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < spelling.Length)
        {
            if (!IsIdentifierChar(spelling[i]) || char.IsDigit(spelling[i]))
            {
                // Numbers are copied whole so a suffix or hex digit never reads as a name.
                var end = i + 1;
                while (char.IsDigit(spelling[i]) && end < spelling.Length && IsIdentifierChar(spelling[end]))
                {
                    end++;
                }
                text.Append(spelling, i, end - i);
                i = end;
                continue;
            }
            var start = i;
            while (i < spelling.Length && IsIdentifierChar(spelling[i]))
            {
                i++;
            }
            var name = spelling[start..i];
            var before = text.ToString().TrimEnd();
            var isMember = before.EndsWith("::", StringComparison.Ordinal) || before.EndsWith('.') || before.EndsWith("->", StringComparison.Ordinal);
            text.Append(!isMember && arguments.TryGetValue(name, out var value) ? value : name);
        }
        return text.ToString();
    }

    private static int MatchingOpen(string text, int close)
    {
        int depth = 0, brackets = 0;
        for (var i = close; i >= 0; i--)
        {
            switch (text[i])
            {
                case ')' or ']' or '}':
                    brackets++;
                    break;
                case '(' or '[' or '{':
                    brackets--;
                    break;
                case '>' when brackets == 0:
                    depth++;
                    break;
                case '<' when brackets == 0:
                    if (--depth == 0)
                    {
                        return i;
                    }
                    break;
            }
        }
        return -1;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
