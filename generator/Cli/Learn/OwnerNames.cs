using System.Text.RegularExpressions;

namespace ItkBindGen.Cli.Learn;

/// <summary>
/// The class template instantiation a demangled symbol belongs to (<c>void itk::Foo&lt;float, 2u&gt;::Bar(int)</c> is
/// <c>itk::Foo&lt;float, 2&gt;</c>), spelled as C++ source can name it, or null when an explicit instantiation of a
/// class cannot produce the symbol: free functions, member function templates, lambdas, anything in an anonymous namespace.
/// </summary>
internal static partial class OwnerNames
{
    private static readonly string[] ClassPrefixes = ["vtable for ", "typeinfo for ", "typeinfo name for ", "VTT for "];

    public static string? Of(string demangled)
    {
        if (demangled.Contains("(anonymous namespace)", StringComparison.Ordinal) || demangled.Contains("{lambda", StringComparison.Ordinal)
            || demangled.Contains("{unnamed", StringComparison.Ordinal) || demangled.StartsWith("guard variable", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var prefix in ClassPrefixes)
        {
            if (demangled.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Spelled(demangled[prefix.Length..]);
            }
        }
        // The qualified name ends at the parameter list's '(' (none for a static data member), or where an operator starts.
        var angles = 0;
        var parens = 0;
        var lastScope = -1;
        var nameStart = 0;
        for (var i = 0; i < demangled.Length; i++)
        {
            var c = demangled[i];
            if (c == '<')
            {
                angles++;
            }
            else if (c == '>')
            {
                angles--;
            }
            else if (c == '(' && angles == 0 && parens == 0)
            {
                return OwnerOf(demangled, nameStart, lastScope, i);
            }
            else if (c == '(')
            {
                parens++;
            }
            else if (c == ')')
            {
                parens--;
            }
            else if (c == ' ' && angles == 0 && parens == 0)
            {
                nameStart = i + 1;
                lastScope = -1;
            }
            else if (c == ':' && angles == 0 && parens == 0 && i + 1 < demangled.Length && demangled[i + 1] == ':')
            {
                if (string.CompareOrdinal(demangled, i + 2, "operator", 0, 8) == 0)
                {
                    return OwnerOf(demangled, nameStart, i, demangled.Length);
                }
                lastScope = i;
                i++;
            }
        }
        return OwnerOf(demangled, nameStart, lastScope, demangled.Length);
    }

    private static string? OwnerOf(string demangled, int nameStart, int lastScope, int nameEnd)
    {
        if (lastScope < nameStart)
        {
            return null;
        }
        // A member function template (its name carries template arguments) is not compiled by the class's instantiation.
        var member = demangled[(lastScope + 2)..nameEnd];
        if (!member.StartsWith("operator", StringComparison.Ordinal) && member.Contains('<', StringComparison.Ordinal))
        {
            return null;
        }
        return Spelled(demangled[nameStart..lastScope]);
    }

    /// <summary>A class name as source spells it: ends with its argument list, and numbers without the demangler's suffixes (<c>2u</c> is <c>2</c>).</summary>
    private static string? Spelled(string owner)
    {
        owner = owner.Trim();
        return owner.EndsWith('>') ? Suffix().Replace(owner, "$1") : null;
    }

    [GeneratedRegex(@"\b(\d+)(?:ull|ul|ll|u|l)\b")]
    private static partial Regex Suffix();
}
