using System.Text;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// Names, targets and types: the pieces directives are made of.
public sealed partial class InterfaceParser
{
    private InterfaceToken? ExpectIdentifier(InterfaceToken directive, InterfaceTokenStream tokens, string what)
    {
        var token = tokens.Next();
        switch (token.Kind)
        {
            case InterfaceTokenKind.Identifier:
                return token;
            case InterfaceTokenKind.Error:
                return null;
            case InterfaceTokenKind.Number:
                _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, token.Location, $"'{token.Text}' is not a valid identifier: {what} starts with a letter or '_'");
                return null;
        }
        tokens.PushBack(token);
        if (token.IsPunctuation(";") || tokens.AtStatementStart)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, directive.End, $"%{directive.Text} needs {what}");
        }
        else
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"expected {what} after %{directive.Text}, found '{token}'");
        }
        return null;
    }

    /// <summary>Reads <c>(Name)</c> or <c>("Name")</c>, the name being a valid identifier.</summary>
    private string? ExpectParenthesizedName(InterfaceToken directive, InterfaceTokenStream tokens, string usage) =>
        Expect(tokens, "(", $"expected '(' after %{directive.Text}: %{directive.Text} needs {usage}") ? ReadNameAndClose(directive, tokens, usage) : null;

    /// <summary>Reads <c>Name)</c> or <c>"Name")</c> after a '(' already taken, the name being a valid C# identifier.</summary>
    private string? ReadNameAndClose(InterfaceToken directive, InterfaceTokenStream tokens, string usage)
    {
        var token = tokens.Next();
        if (token.Kind == InterfaceTokenKind.Error)
        {
            return null;
        }
        if (token.IsPunctuation(")") || (token.Kind == InterfaceTokenKind.String && token.Text.Length == 0))
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"%{directive.Text} needs {usage}");
            return null;
        }
        var name = token.Text;
        if (token.Kind is not (InterfaceTokenKind.Identifier or InterfaceTokenKind.Number or InterfaceTokenKind.String))
        {
            tokens.PushBack(token);
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"expected a name, found '{token}': %{directive.Text} needs {usage}");
            return null;
        }
        return CheckName(name, token) && Expect(tokens, ")", $"expected ')' after '{name}'") ? name : null;
    }

    /// <summary>A name the interface gives becomes a C# name: a valid identifier and not a keyword.</summary>
    private bool CheckName(string name, InterfaceToken where)
    {
        if (!IsIdentifier(name))
        {
            _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, where.Location, $"'{name}' is not a valid identifier: names start with a letter or '_' and hold letters, digits and '_'");
            return false;
        }
        if (CSharpNames.IsKeyword(name))
        {
            _diagnostics.Error(DiagnosticIds.InvalidInterfaceName, where.Location, $"'{name}' is a C# keyword and cannot name a C# declaration; choose another name");
            return false;
        }
        return true;
    }

    /// <summary>Reads the C++ type of a %template up to (not including) its ';', checking that its angle brackets balance.</summary>
    private string? ParseTemplateType(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        var type = new List<InterfaceToken>();
        var openAngles = new Stack<InterfaceToken>();
        var parentheses = 0;
        while (!tokens.Peek().IsPunctuation(";") && !tokens.AtStatementStart)
        {
            var token = tokens.Next();
            if (token.Kind == InterfaceTokenKind.Error)
            {
                return null;
            }
            if (token.IsPunctuation("(")) { parentheses++; }
            else if (token.IsPunctuation(")")) { parentheses--; }
            else if (token.IsPunctuation("<") && parentheses == 0) { openAngles.Push(token); }
            else if (token.IsPunctuation(">") && parentheses == 0)
            {
                if (openAngles.Count == 0)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, "'>' without a matching '<' in the %template type");
                    return null;
                }
                openAngles.Pop();
            }
            type.Add(token);
        }

        if (type.Count == 0)
        {
            var where = tokens.Peek().IsPunctuation(";") ? tokens.Peek().Location : directive.End;
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, where, "%template needs a type: %template(Name) ns::Template<Arguments>;");
            return null;
        }
        if (openAngles.Count > 0)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, openAngles.Peek().Location, "'<' without a matching '>' in the %template type");
            return null;
        }
        if (!(type[0].Kind == InterfaceTokenKind.Identifier || type[0].IsPunctuation("::")) || !type.Any(t => t.IsPunctuation("<")))
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, type[0].Location,
                $"'{JoinCpp(type)}' is not a template instantiation: %template needs one such as itk::Image<float, 2>");
            return null;
        }
        return JoinCpp(type);
    }

    private bool ExpectSemicolon(InterfaceTokenStream tokens)
    {
        var token = tokens.Next();
        if (token.IsPunctuation(";"))
        {
            return true;
        }
        tokens.PushBack(token);
        if (token.Kind != InterfaceTokenKind.Error)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Previous?.End ?? token.Location, $"expected ';' before '{token}'");
        }
        return false;
    }

    private bool Expect(InterfaceTokenStream tokens, string punctuation, string message)
    {
        var token = tokens.Next();
        if (token.IsPunctuation(punctuation))
        {
            return true;
        }
        tokens.PushBack(token);
        if (token.Kind != InterfaceTokenKind.Error)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, message);
        }
        return false;
    }

    /// <summary>
    /// Joins tokens into C++ text the way clang prints types: no spaces except between words and after commas,
    /// so <c>A&lt; B&lt;float,2&gt; &gt;</c> becomes <c>A&lt;B&lt;float, 2&gt;&gt;</c>.
    /// </summary>
    internal static string JoinCpp(IReadOnlyList<InterfaceToken> tokens)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            // A word written apart from the string or character before it must stay apart: "12"L would be a literal suffix.
            if (i > 0 && ((tokens[i - 1].IsWord && tokens[i].IsWord) || tokens[i - 1].IsPunctuation(",")
                || (tokens[i - 1].Kind is InterfaceTokenKind.String or InterfaceTokenKind.Character && tokens[i].IsWord && tokens[i].SpaceBefore)))
            {
                text.Append(' ');
            }
            text.Append(tokens[i].Kind is InterfaceTokenKind.String or InterfaceTokenKind.Character ? tokens[i].Raw : tokens[i].Text);
        }
        return text.ToString();
    }

    internal static bool IsIdentifier(string text) =>
        text.Length > 0 && InterfaceScanner.IsIdentifierStart(text[0]) && text.All(InterfaceScanner.IsIdentifierPart);
}
