using System.Text;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// What directives apply to: SWIG's declarator targets, from a plain qualified name to a signature.
public sealed partial class InterfaceParser
{
    private const string TargetUsage = "a class (ns::Class), a method (ns::Class::Method, or one overload: ns::Class::Method(int) const) or a function (ns::Function)";

    /// <summary>Whether a target follows: not a ';', a block or the next directive.</summary>
    private static bool HasTarget(InterfaceTokenStream tokens) =>
        !tokens.Peek().IsPunctuation(";") && !tokens.AtStatementStart && !tokens.Peek().IsPunctuation("{");

    /// <summary>Reads a target and the ';' after it; reports "needs a target" when there is none.</summary>
    private DeclarationTarget? ParseTarget(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (!HasTarget(tokens))
        {
            var where = tokens.Peek().IsPunctuation(";") ? tokens.Peek().Location : directive.End;
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, where, $"%{directive.Text} needs a target: {TargetUsage}");
            return null;
        }
        var target = ParseDeclarationTarget(directive, tokens);
        return target is not null && ExpectSemicolon(tokens) ? InScope(target) : null;
    }

    /// <summary>
    /// Reads <c>[*::][::]name(::name)*[(parameters) qualifiers]</c> or a quoted target, without the ';'. Names may
    /// carry template arguments (<c>Foo&lt;int&gt;::bar</c>) and end in a destructor or an operator.
    /// </summary>
    private DeclarationTarget? ParseDeclarationTarget(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        if (tokens.Peek().Kind == InterfaceTokenKind.String)
        {
            return new DeclarationTarget(tokens.Next().Text, null, string.Empty, false, true);
        }
        var anyScope = false;
        if (tokens.Peek().IsPunctuation("*"))
        {
            var star = tokens.Next();
            if (!tokens.Accept("::"))
            {
                _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, star.Location, "bad qualified name: SWIG's wildcard is '*::name' (the name in any scope)");
                return null;
            }
            anyScope = true;
        }
        var global = tokens.Accept("::") && !anyScope;
        var name = new StringBuilder();
        while (true)
        {
            var token = tokens.Next();
            if (token.Kind == InterfaceTokenKind.Error)
            {
                return null;
            }
            if (token.IsIdentifier("operator"))
            {
                if (ParseOperatorName(token, tokens) is not { } symbol)
                {
                    return null;
                }
                name.Append(symbol);
                break;
            }
            if (token.IsPunctuation("~"))
            {
                if (tokens.Peek().Kind != InterfaceTokenKind.Identifier)
                {
                    _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, token.Location, "bad destructor name: expected a class name after '~'");
                    return null;
                }
                name.Append('~').Append(tokens.Next().Text);
                break;
            }
            if (token.Kind == InterfaceTokenKind.Number)
            {
                _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, token.Location, $"'{token.Text}' is not a valid identifier: names start with a letter or '_'");
                return null;
            }
            if (token.Kind != InterfaceTokenKind.Identifier)
            {
                tokens.PushBack(token);
                var after = name.Length == 0 ? $"%{directive.Text}" : "'::'";
                _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, token.Location, $"bad qualified name: expected a name after {after}, found '{token}'");
                return null;
            }
            name.Append(token.Text);
            if (tokens.Peek().IsPunctuation("<"))
            {
                if (ReadBalanced(tokens, "<", ">") is not { } arguments)
                {
                    return null;
                }
                name.Append(JoinCpp(arguments));
            }
            if (!tokens.Accept("::"))
            {
                break;
            }
            name.Append("::");
        }

        var next = tokens.Peek();
        if (next.IsPunctuation(":") || next.IsPunctuation("."))
        {
            _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, next.Location, $"bad qualified name: separate the names in '{name}{next.Text}...' with '::'");
            return null;
        }
        IReadOnlyList<string>? parameters = null;
        if (next.IsPunctuation("("))
        {
            if (ReadBalanced(tokens, "(", ")") is not { } list)
            {
                return null;
            }
            parameters = SplitParameters(list[1..^1]);
        }
        var qualifiers = new List<InterfaceToken>();
        while (parameters is not null && !tokens.Peek().IsPunctuation(";") && !tokens.AtStatementStart && !tokens.Peek().IsPunctuation("{")
            && tokens.Peek().Kind is InterfaceTokenKind.Identifier or InterfaceTokenKind.Punctuation or InterfaceTokenKind.Number)
        {
            qualifiers.Add(tokens.Next());
        }
        // '::' matters before a bare name only (the global one, not a member's); '::ns::Foo' is 'ns::Foo'.
        var bare = !name.ToString().Contains("::", StringComparison.Ordinal);
        return new DeclarationTarget(name.ToString(), parameters, JoinCpp(qualifiers), anyScope, false, global && bare);
    }

    /// <summary>The operator after <c>operator</c>: a symbol (<c>==</c>, <c>()</c>, <c>[]</c>, <c>new[]</c>) or a conversion type.</summary>
    private string? ParseOperatorName(InterfaceToken keyword, InterfaceTokenStream tokens)
    {
        var symbol = new List<InterfaceToken>();
        var first = tokens.Peek();
        if (first.IsPunctuation("(") || first.IsPunctuation("["))
        {
            symbol.Add(tokens.Next());
            var close = first.IsPunctuation("(") ? ")" : "]";
            if (!tokens.Peek().IsPunctuation(close))
            {
                _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, tokens.Peek().Location, $"bad qualified name: expected 'operator{first.Text}{close}'");
                return null;
            }
            symbol.Add(tokens.Next());
        }
        else
        {
            // A conversion operator names a type, whose '<' '>' nest; a symbol operator is punctuation up to '(' or ';'.
            var isConversion = first.IsWord && !first.IsIdentifier("new") && !first.IsIdentifier("delete");
            var angles = 0;
            while (!tokens.Peek().IsPunctuation(";") && !tokens.AtStatementStart && tokens.Peek().Kind != InterfaceTokenKind.Error
                && !(angles == 0 && tokens.Peek().IsPunctuation("(") && symbol.Count > 0))
            {
                var token = tokens.Next();
                if (isConversion)
                {
                    angles += token.IsPunctuation("<") ? 1 : token.IsPunctuation(">") ? -1 : 0;
                }
                symbol.Add(token);
            }
        }
        if (symbol.Count == 0)
        {
            _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, keyword.End, "bad qualified name: 'operator' needs the operator after it, as in 'operator=='");
            return null;
        }
        return "operator" + (symbol[0].IsWord || symbol[0].Kind == InterfaceTokenKind.String ? " " : string.Empty) + JoinCpp(symbol);
    }

    /// <summary>Reads from an opening bracket to its match, both included; reports one never closed.</summary>
    private List<InterfaceToken>? ReadBalanced(InterfaceTokenStream tokens, string open, string close)
    {
        var first = tokens.Next();
        var result = new List<InterfaceToken> { first };
        var depth = 1;
        while (depth > 0)
        {
            var token = tokens.Peek();
            if (token.Kind is InterfaceTokenKind.End or InterfaceTokenKind.Error || token.IsPunctuation(";") || tokens.AtStatementStart)
            {
                if (token.Kind != InterfaceTokenKind.Error)
                {
                    _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, first.Location, $"'{open}' without a matching '{close}'");
                }
                return null;
            }
            tokens.Next();
            depth += token.IsPunctuation(open) ? 1 : token.IsPunctuation(close) ? -1 : 0;
            result.Add(token);
        }
        return result;
    }

    /// <summary>Splits a parameter list at its top-level commas; <c>(void)</c> is no parameters.</summary>
    private static List<string> SplitParameters(List<InterfaceToken> tokens)
    {
        var parameters = new List<string>();
        var current = new List<InterfaceToken>();
        var depth = 0;
        foreach (var token in tokens)
        {
            depth += token.IsPunctuation("(") || token.IsPunctuation("<") || token.IsPunctuation("[") ? 1
                : token.IsPunctuation(")") || token.IsPunctuation(">") || token.IsPunctuation("]") ? -1 : 0;
            if (depth == 0 && token.IsPunctuation(","))
            {
                parameters.Add(JoinCpp(current));
                current = [];
                continue;
            }
            current.Add(token);
        }
        if (current.Count > 0)
        {
            parameters.Add(JoinCpp(current));
        }
        return parameters is ["void"] ? [] : parameters;
    }
}
