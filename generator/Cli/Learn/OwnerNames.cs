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

    public static string? Of(string demangled) => Classify(demangled) is { MemberTemplate: false } member ? member.Owner : null;

    /// <summary>
    /// The class a member function template's instantiation (<c>void itk::Foo&lt;int&gt;::Run&lt;Less&gt;(Less const&amp;)</c>)
    /// belongs to. The class's explicit instantiation does not compile it by name, but compiles the members that call
    /// it (ITK's keep-N-objects label-map filters sort, from their <c>GenerateData</c>, through a member template
    /// instantiated for each comparator), and so makes it, and the standard library's code it brings, once for all units.
    /// </summary>
    public static string? OfMemberTemplate(string demangled) => Classify(demangled) is { MemberTemplate: true } member ? member.Owner : null;

    /// <summary>The class a symbol belongs to, and whether it is one of its member templates' instantiations: both at one reading.</summary>
    public static (string? Owner, bool MemberTemplate) Classify(string demangled)
    {
        if (demangled.Contains("(anonymous namespace)", StringComparison.Ordinal) || demangled.Contains("{lambda", StringComparison.Ordinal)
            || demangled.Contains("{unnamed", StringComparison.Ordinal) || demangled.StartsWith("guard variable", StringComparison.Ordinal))
        {
            return (null, false);
        }
        foreach (var prefix in ClassPrefixes)
        {
            if (demangled.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (Spelled(demangled[prefix.Length..]), false);
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

    private static (string? Owner, bool MemberTemplate) OwnerOf(string demangled, int nameStart, int lastScope, int nameEnd)
    {
        if (lastScope < nameStart)
        {
            return (null, false);
        }
        // A member function template (its name carries template arguments) is not compiled by the class's instantiation.
        return (Spelled(demangled[nameStart..lastScope]), TakesTemplateArguments(demangled[(lastScope + 2)..nameEnd]));
    }

    // Longest first, so "operator<<" is not read as "operator<" with arguments.
    private static readonly string[] OperatorTokens =
    [
        "<<=", ">>=", "<=>", "->*", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "++", "--", "->", "()", "[]", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", "<", ">", "+", "-", "*", "/", "%", "^", "&", "|", "~", "!", "=", ",",
    ];

    /// <summary>Whether a member's name (and what follows it) carries template arguments: <c>Run&lt;Less&gt;</c>, <c>operator==&lt;float&gt;</c>.</summary>
    private static bool TakesTemplateArguments(string member)
    {
        if (!member.StartsWith("operator", StringComparison.Ordinal))
        {
            return member.Contains('<', StringComparison.Ordinal);
        }
        var rest = member["operator".Length..];
        // A conversion operator, new or delete: a '<' there belongs to the type it names.
        return OperatorTokens.FirstOrDefault(t => rest.StartsWith(t, StringComparison.Ordinal)) is { } token
            && rest[token.Length..].TrimStart().StartsWith('<');
    }

    /// <summary>
    /// A class name as source spells it: ends with its argument list, numbers without the demangler's suffixes
    /// (<c>2u</c> is <c>2</c>), libstdc++'s inline namespace left out (<c>std::__cxx11::list</c> is <c>std::list</c>).
    /// A standard library template is kept only with an argument of the program's own (the standard allows explicit
    /// instantiations of those alone) and only when it is not one of the library's internal classes (<c>std::_Rb_tree</c>).
    /// </summary>
    private static string? Spelled(string owner)
    {
        owner = owner.Trim().Replace("__cxx11::", string.Empty, StringComparison.Ordinal);
        if (!owner.EndsWith('>'))
        {
            return null;
        }
        if (IsStandard(owner[..owner.IndexOf('<', StringComparison.Ordinal)]))
        {
            var name = owner[..owner.IndexOf('<', StringComparison.Ordinal)];
            if (name[(name.LastIndexOf(':') + 1)..].StartsWith('_') || !Names().Matches(owner[name.Length..]).Any(m => !IsStandard(m.Value) && !Builtins.Contains(m.Value)))
            {
                return null;
            }
        }
        return Suffix().Replace(owner, "$1");
    }

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "bool", "char", "signed", "unsigned", "short", "int", "long", "float", "double", "void", "const", "volatile", "true", "false", "wchar_t", "char16_t", "char32_t",
    };

    private static bool IsStandard(string name) => name.StartsWith("std::", StringComparison.Ordinal) || name.StartsWith("__gnu_cxx::", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(\d+)(?:ull|ul|ll|u|l)\b")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*")]
    private static partial Regex Names();
}
