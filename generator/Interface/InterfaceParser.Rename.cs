using System.Text.RegularExpressions;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// %rename: a new name, "$ignore", or one of SWIG's name functions, with SWIG's match filters and options.
public sealed partial class InterfaceParser
{
    private const string RenameUsage = "the new name: %rename(NewName) target; (or \"%(lowercamelcase)s\", \"%(regex:/pattern/replacement/)s\", \"$ignore\")";

    private static readonly Dictionary<string, NameFunction> NameFunctions = new(StringComparer.Ordinal)
    {
        ["lowercase"] = NameFunction.LowerCase, ["lower"] = NameFunction.LowerCase,
        ["uppercase"] = NameFunction.UpperCase, ["upper"] = NameFunction.UpperCase,
        ["title"] = NameFunction.Title,
        ["firstlowercase"] = NameFunction.FirstLowerCase,
        ["firstuppercase"] = NameFunction.FirstUpperCase,
        ["lowercamelcase"] = NameFunction.LowerCamelCase, ["lctitle"] = NameFunction.LowerCamelCase,
        ["camelcase"] = NameFunction.UpperCamelCase, ["uppercamelcase"] = NameFunction.UpperCamelCase, ["ctitle"] = NameFunction.UpperCamelCase,
        ["snakecase"] = NameFunction.SnakeCase, ["undercase"] = NameFunction.SnakeCase, ["utitle"] = NameFunction.SnakeCase,
    };

    // SWIG's %$ macros for rename filters: the declaration attribute each one tests.
    private static readonly Dictionary<string, (string Attribute, string Value)> KindFilters = new(StringComparer.Ordinal)
    {
        ["isclass"] = ("nodeType", "class"),
        ["isfunction"] = ("kind", "function"),
        ["isvariable"] = ("kind", "variable"),
        ["isenum"] = ("nodeType", "enum"),
        ["isenumitem"] = ("nodeType", "enumitem"),
        ["isconstructor"] = ("nodeType", "constructor"),
        ["isdestructor"] = ("nodeType", "destructor"),
        ["isnamespace"] = ("nodeType", "namespace"),
        ["isconstant"] = ("nodeType", "constant"),
        ["istemplate"] = ("nodeType", "template"),
        ["isusing"] = ("nodeType", "using"),
        ["ismember"] = ("ismember", "1"),
        ["isstatic"] = ("storage", "static"),
        ["istypedef"] = ("storage", "typedef"),
        ["isvirtual"] = ("storage", "virtual"),
        ["isextension"] = ("isextension", "1"),
        ["ispublic"] = ("access", "public"),
        ["isprotected"] = ("access", "protected"),
        ["isprivate"] = ("access", "private"),
    };

    private bool ParseRename(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (!Expect(tokens, "(", $"expected '(' after %rename: %rename needs {RenameUsage}") || ParseRenameAction(directive, tokens) is not { } action)
        {
            return false;
        }
        var filters = new List<RenameFilter>();
        var (regexTarget, fullName) = (false, false);
        while (tokens.Accept(","))
        {
            var negate = false;
            while (tokens.Peek().IsPunctuation("%"))
            {
                var percent = tokens.Next();
                if (!tokens.Accept("$") || tokens.Peek().Kind != InterfaceTokenKind.Identifier)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, percent.Location, "expected one of SWIG's filters such as %$isclass after ','");
                    return false;
                }
                var kind = tokens.Next();
                if (kind.Text == "not")
                {
                    negate = !negate;
                    continue;
                }
                if (!KindFilters.TryGetValue(kind.Text, out var filter))
                {
                    _diagnostics.Error(DiagnosticIds.UnsupportedDirective, kind.Location,
                        $"'%${kind.Text}' is not a filter this tool knows; use one of {string.Join(", ", KindFilters.Keys.Select(k => "%$" + k))}");
                    return false;
                }
                filters.Add(new RenameFilter(filter.Attribute, filter.Value, negate));
                negate = false;
                break;
            }
            if (tokens.Peek().Kind != InterfaceTokenKind.Identifier)
            {
                continue;
            }
            if (ParseAttribute(tokens.Next(), tokens, RenameUsage) is not { } option)
            {
                return false;
            }
            switch (option.Key)
            {
                case "regextarget":
                    regexTarget = option.Value != "0";
                    break;
                case "fullname":
                    fullName = option.Value != "0";
                    break;
                case var key when key.StartsWith("match", StringComparison.Ordinal) || key.StartsWith("notmatch", StringComparison.Ordinal):
                    var negated = key.StartsWith("not", StringComparison.Ordinal);
                    var dollar = key.IndexOf('$');
                    filters.Add(new RenameFilter(dollar < 0 ? "nodeType" : key[(dollar + 1)..], option.Value, negated));
                    break;
                default:
                    _diagnostics.Error(DiagnosticIds.UnsupportedDirective, tokens.Previous?.Location ?? directive.Location,
                        $"%rename option '{option.Key}' is not supported; the options are match=\"...\", notmatch=\"...\", regextarget=1 and fullname=1");
                    return false;
            }
        }
        if (!Expect(tokens, ")", $"expected ')' in %rename: %rename needs {RenameUsage}") || ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        var everything = target.Quoted && target.Name.Length == 0;
        _result.AddNameRule(new RenameRule(action, everything ? null : target, filters, regexTarget, fullName, directive.Location));
        return true;
    }

    /// <summary>The first argument of %rename: a name, <c>$ignore</c> (also SWIG's <c>"$ignore:reason"</c>), or a name function.</summary>
    private RenameAction? ParseRenameAction(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        var token = tokens.Next();
        switch (token.Kind)
        {
            case InterfaceTokenKind.Error:
                return null;
            case InterfaceTokenKind.Punctuation when token.Text == "$" && tokens.Peek().IsIdentifier("ignore"):
                tokens.Next();
                return new RenameAction.Ignore();
            case InterfaceTokenKind.Identifier or InterfaceTokenKind.Number:
                return CheckName(token.Text, token) ? new RenameAction.To(token.Text) : null;
            case InterfaceTokenKind.String when token.Text == "$ignore" || token.Text.StartsWith("$ignore:", StringComparison.Ordinal):
                return new RenameAction.Ignore();
            case InterfaceTokenKind.String when token.Text.Contains('%', StringComparison.Ordinal):
                return ParseNameFormat(token);
            case InterfaceTokenKind.String when token.Text.Length > 0:
                return CheckName(token.Text, token) ? new RenameAction.To(token.Text) : null;
        }
        if (token.Kind == InterfaceTokenKind.String || token.IsPunctuation(")"))
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"%{directive.Text} needs {RenameUsage}");
            return null;
        }
        tokens.PushBack(token);
        _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"expected a name, found '{token}': %{directive.Text} needs {RenameUsage}");
        return null;
    }

    /// <summary>SWIG's printf-like new name: one <c>%s</c> or <c>%(function)s</c>, with identifier text before and after it.</summary>
    private RenameAction? ParseNameFormat(InterfaceToken token)
    {
        var text = token.Text;
        var (start, end) = text.IndexOf("%(", StringComparison.Ordinal) is var open and >= 0
            ? (open, text.LastIndexOf(")s", StringComparison.Ordinal) + 2)
            : (text.IndexOf("%s", StringComparison.Ordinal), text.IndexOf("%s", StringComparison.Ordinal) + 2);
        var (prefix, suffix) = start >= 0 && end > start ? (text[..start], text[end..]) : (text, string.Empty);
        if (start < 0 || end <= start || !prefix.All(IsNameCharacter) || !suffix.All(IsNameCharacter))
        {
            _diagnostics.Error(DiagnosticIds.UnsupportedDirective, token.Location,
                $"'{text}' is not a new name this tool can form: write one %s or %(function)s, with only letters, digits and '_' around it (\"prefix_%s\", \"%(lowercamelcase)s\")");
            return null;
        }
        var placeholder = text[start..end];
        var action = placeholder == "%s" ? new RenameAction.Computed(NameFunction.Same, null, null) : ParseNameFunction(token, placeholder);
        return action is null ? null : action with { Prefix = prefix, Suffix = suffix };
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private RenameAction.Computed? ParseNameFunction(InterfaceToken token, string placeholder)
    {
        var inner = placeholder[2..^2];
        var colon = inner.IndexOf(':');
        var name = colon < 0 ? inner : inner[..colon];
        var argument = colon < 0 ? null : inner[(colon + 1)..];
        if (NameFunctions.TryGetValue(name, out var function) && argument is null)
        {
            return new RenameAction.Computed(function, null, null);
        }
        if (name is "strip" or "rstrip" && argument is ['[', .., ']'])
        {
            return new RenameAction.Computed(name == "strip" ? NameFunction.Strip : NameFunction.RightStrip, argument[1..^1], null);
        }
        if (name == "regex" && argument is ['/', .., '/'] && argument[1..^1].Split('/') is [var pattern, var replacement])
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"the pattern of '%(regex:...)s' is not a regular expression: {e.Message}");
                return null;
            }
            if (Regex.Match(replacement, @"\\([^0-9lLuUE]|$)") is { Success: true } escape)
            {
                _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location,
                    $"'{escape.Value}' in the replacement of '%(regex:...)s' is not one of SWIG's: \\\\0 to \\\\9 (a group), \\\\l, \\\\L, \\\\u, \\\\U, \\\\E (case)");
                return null;
            }
            return new RenameAction.Computed(NameFunction.Regex, pattern, replacement);
        }
        _diagnostics.Error(DiagnosticIds.UnsupportedDirective, token.Location,
            $"'{placeholder}' is not a name function this tool has; use %(lowercase)s, %(uppercase)s, %(title)s, %(firstlowercase)s, %(firstuppercase)s, %(lowercamelcase)s, %(uppercamelcase)s, %(snakecase)s, %(strip:[prefix])s, %(rstrip:[suffix])s or %(regex:/pattern/replacement/)s");
        return null;
    }
}
