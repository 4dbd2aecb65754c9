using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>Reads a macro's name, parameters and body from the tokens after <c>#define</c> or <c>%define</c>.</summary>
internal static class MacroParser
{
    private const string Usage = "#define NAME body, #define NAME(a, b) body, or %define NAME(a, b...) body %enddef";

    public static MacroDefinition? Parse(IReadOnlyList<InterfaceToken> tokens, SourceLocation where, DiagnosticBag diagnostics)
    {
        if (tokens.Count == 0 || tokens[0].Kind is not (InterfaceTokenKind.Identifier or InterfaceTokenKind.Directive))
        {
            var at = tokens.Count == 0 ? where : tokens[0].Location;
            diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, at,
                $"expected a macro name{(tokens.Count == 0 ? string.Empty : $", found '{tokens[0]}'")}: {Usage}");
            return null;
        }
        var name = tokens[0].Kind == InterfaceTokenKind.Directive ? "%" + tokens[0].Text : tokens[0].Text;
        if (name == "defined")
        {
            diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, tokens[0].Location, "'defined' cannot be a macro name");
            return null;
        }
        // Parameters only when '(' touches the name: '#define X (a)' is an object-like macro whose body is '(a)'.
        if (tokens.Count < 2 || !tokens[1].IsPunctuation("(") || tokens[1].SpaceBefore)
        {
            return new MacroDefinition(name, null, false, Body(tokens, 1), tokens[0].Location);
        }
        var parameters = new List<string>();
        var variadic = false;
        var i = 2;
        while (true)
        {
            if (i >= tokens.Count)
            {
                diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, tokens[1].Location, $"the parameter list of macro '{name}' has no closing ')'");
                return null;
            }
            var token = tokens[i];
            if (token.IsPunctuation(")") && parameters.Count == 0 && !variadic)
            {
                i++;
                break;
            }
            if (IsEllipsis(tokens, i))
            {
                parameters.Add("__VA_ARGS__");
                variadic = true;
                i += 3;
            }
            else if (token.Kind == InterfaceTokenKind.Identifier)
            {
                if (parameters.Contains(token.Text))
                {
                    diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, token.Location, $"macro '{name}' has two parameters named '{token.Text}'");
                    return null;
                }
                parameters.Add(token.Text);
                i++;
                if (IsEllipsis(tokens, i))
                {
                    variadic = true;
                    i += 3;
                }
            }
            else
            {
                diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, token.Location,
                    $"expected a parameter name in macro '{name}', found '{token}': {Usage}");
                return null;
            }
            if (i < tokens.Count && tokens[i].IsPunctuation(")"))
            {
                i++;
                break;
            }
            if (i >= tokens.Count)
            {
                diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, tokens[1].Location, $"the parameter list of macro '{name}' has no closing ')'");
                return null;
            }
            if (variadic || !tokens[i].IsPunctuation(","))
            {
                var at = i < tokens.Count ? tokens[i].Location : tokens[i - 1].End;
                diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, at,
                    variadic ? $"the variadic parameter of macro '{name}' must be its last" : $"expected ',' or ')' in the parameters of macro '{name}'");
                return null;
            }
            i++;
        }
        return new MacroDefinition(name, parameters, variadic, Body(tokens, i), tokens[0].Location);
    }

    private static bool IsEllipsis(IReadOnlyList<InterfaceToken> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].IsPunctuation(".") && tokens[i + 1].IsPunctuation(".") && tokens[i + 2].IsPunctuation(".");

    private static List<InterfaceToken> Body(IReadOnlyList<InterfaceToken> tokens, int start)
    {
        var body = tokens.Skip(start).ToList();
        if (body.Count > 0)
        {
            body[0] = body[0] with { SpaceBefore = false };
        }
        return body;
    }
}
