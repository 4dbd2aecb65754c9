using System.Text;
using System.Text.RegularExpressions;
using ItkBindGen.Interface;

namespace ItkBindGen.Binding.Directives;

/// <summary>SWIG's name functions (<c>%(lowercamelcase)s</c>, <c>%(regex:/p/r/)s</c>, ...), with SWIG's exact rules.</summary>
public static class NameFormat
{
    /// <summary>The new name, or null when a regex does not match the name (SWIG then leaves the rule out).</summary>
    public static string? Apply(RenameAction.Computed action, string name)
    {
        var computed = action.Function switch
        {
            NameFunction.Same => name,
            NameFunction.LowerCase => name.ToLowerInvariant(),
            NameFunction.UpperCase => name.ToUpperInvariant(),
            NameFunction.Title => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant(),
            NameFunction.FirstUpperCase => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..],
            NameFunction.FirstLowerCase => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..],
            NameFunction.UpperCamelCase => CamelCase(name, upperFirst: true),
            NameFunction.LowerCamelCase => CamelCase(name, upperFirst: false),
            NameFunction.SnakeCase => SnakeCase(name),
            NameFunction.Strip => name.StartsWith(action.Argument!, StringComparison.Ordinal) ? name[action.Argument!.Length..] : name,
            NameFunction.RightStrip => name.EndsWith(action.Argument!, StringComparison.Ordinal) ? name[..^action.Argument!.Length] : name,
            NameFunction.Regex => Substitute(action.Argument!, action.Replacement!, name),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Function, "a name function without a rule"),
        };
        return string.IsNullOrEmpty(computed) ? null : action.Prefix + computed + action.Suffix;
    }

    // SWIG's ccase and lccase: '_' dropped, the letter after it upper case, the rest unchanged; the first letter forced.
    private static string CamelCase(string name, bool upperFirst)
    {
        var text = new StringBuilder(name.Length);
        var afterUnderscore = false;
        foreach (var c in name)
        {
            if (c == '_')
            {
                afterUnderscore = true;
                continue;
            }
            text.Append(text.Length == 0 ? (upperFirst ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))
                : afterUnderscore ? char.ToUpperInvariant(c) : c);
            afterUnderscore = false;
        }
        return text.ToString();
    }

    // SWIG's ucase: '_' before an upper case letter after a lower case one, and before a digit after a letter unless last.
    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var (c, last) = (name[i], i > 0 ? name[i - 1] : '\0');
            if ((char.IsAsciiDigit(c) && char.IsAsciiLetter(last) && i + 1 < name.Length)
                || (char.IsAsciiLetterUpper(c) && char.IsAsciiLetter(last) && !char.IsAsciiLetterUpper(last)))
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    /// <summary>
    /// SWIG's regex function: the replacement alone (not the name with the match replaced), with <c>\N</c> groups and
    /// Perl's <c>\l \L \u \U \E</c> case changes; empty when the pattern does not match.
    /// </summary>
    private static string Substitute(string pattern, string replacement, string name)
    {
        var match = Regex.Match(name, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return string.Empty;
        }
        var text = new StringBuilder();
        var (convert, nextOnly) = (0, false);
        void Copy(string part)
        {
            foreach (var c in part)
            {
                text.Append(convert > 0 ? char.ToUpperInvariant(c) : convert < 0 ? char.ToLowerInvariant(c) : c);
                if (nextOnly)
                {
                    convert = 0;
                    nextOnly = false;
                }
            }
        }
        for (var i = 0; i < replacement.Length; i++)
        {
            if (replacement[i] != '\\' || i + 1 == replacement.Length)
            {
                Copy(replacement[i].ToString());
                continue;
            }
            var escape = replacement[++i];
            switch (escape)
            {
                case >= '0' and <= '9':
                    Copy(match.Groups[escape - '0'].Value);
                    break;
                case 'u' or 'U' or 'l' or 'L':
                    (convert, nextOnly) = (escape is 'u' or 'U' ? 1 : -1, escape is 'u' or 'l');
                    break;
                default:
                    (convert, nextOnly) = (0, false);
                    break;
            }
        }
        return text.ToString();
    }
}
