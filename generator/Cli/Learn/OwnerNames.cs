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

    /// <summary>
    /// A function template's instantiation as an explicit instantiation declares it, with its return type and parameter
    /// types (<c>void itk::ImageAlgorithm::DispatchedCopy&lt;itk::Image&lt;float, 2&gt;, ...&gt;(...)</c>), or null: a
    /// class's instantiation does not compile it (ITK's free function templates and member function templates, which each
    /// unit calling them compiles). Left out: the standard library's own (its sort helpers are libstdc++'s internal
    /// names; a program may instantiate the library's function templates only with a type of its own, and not at all
    /// from C++20), operators, constructors (no return type in the name), and whatever names an anonymous namespace, a
    /// lambda or an ABI tag.
    /// </summary>
    public static string? FunctionTemplate(string demangled)
    {
        if (Unnameable(demangled) || demangled.Contains("[abi:", StringComparison.Ordinal) || demangled.Contains("operator", StringComparison.Ordinal)
            || ClassPrefixes.Any(p => demangled.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }
        var open = Binding.TopLevel.IndexOf(demangled, '(');
        if (open < 0 || Closing(demangled, open) is not (var close and >= 0) || demangled[(close + 1)..] is not ("" or " const"))
        {
            return null;
        }
        var head = demangled[..open];
        var space = Binding.TopLevel.LastIndexOf(head, ' ');
        if (space < 0)
        {
            return null;
        }
        var name = head[(space + 1)..];
        if (!name.EndsWith('>') || IsStandard(name))
        {
            return null;
        }
        return Suffix().Replace(demangled, "$1");
    }

    /// <summary>What no explicit instantiation can name: a guard variable, or anything in an anonymous namespace or a lambda.</summary>
    private static bool Unnameable(string demangled) =>
        demangled.Contains("(anonymous namespace)", StringComparison.Ordinal) || demangled.Contains("{lambda", StringComparison.Ordinal)
        || demangled.Contains("{unnamed", StringComparison.Ordinal) || demangled.StartsWith("guard variable", StringComparison.Ordinal);

    /// <summary>The index of the ')' that closes the '(' at <paramref name="open"/>, or -1.</summary>
    private static int Closing(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The class a symbol belongs to, and whether it is one of its member templates' instantiations: both at one reading.</summary>
    public static (string? Owner, bool MemberTemplate) Classify(string demangled)
    {
        if (Unnameable(demangled))
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
