using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// Evaluates the condition of <c>#if</c>/<c>#elif</c> after <c>defined</c> and macros were replaced: C's integer
/// arithmetic with its precedence, where a name that is not a macro counts as 0 (<c>true</c> as 1).
/// Errors are reported at the offending token and make the condition false.
/// </summary>
internal sealed class PreprocessorExpression
{
    // Parentheses, unary operators and '?:' nest by recursion; past this depth the condition is refused, not the stack.
    private const int MaximumNesting = 256;

    private static readonly string[] TwoCharacterOperators = ["<<", ">>", "<=", ">=", "==", "!=", "&&", "||"];

    private readonly List<(string Text, InterfaceToken Token)> _tokens;
    private readonly SourceLocation _where;
    private readonly DiagnosticBag _diagnostics;
    private int _index;
    private int _nesting;
    private bool _failed;

    private PreprocessorExpression(List<(string, InterfaceToken)> tokens, SourceLocation where, DiagnosticBag diagnostics)
    {
        _tokens = tokens;
        _where = where;
        _diagnostics = diagnostics;
    }

    /// <summary>The condition's value, or null after an error was reported.</summary>
    public static long? Evaluate(IReadOnlyList<InterfaceToken> tokens, SourceLocation where, DiagnosticBag diagnostics)
    {
        var expression = new PreprocessorExpression(Combine(tokens), where, diagnostics);
        if (expression._tokens.Count == 0)
        {
            diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, where, "#if needs a condition");
            return null;
        }
        var value = expression.Conditional();
        if (!expression._failed && expression._index < expression._tokens.Count)
        {
            expression.Fail(expression._tokens[expression._index].Token, $"unexpected '{expression._tokens[expression._index].Text}' in the #if condition");
        }
        return expression._failed ? null : value;
    }

    /// <summary>Joins touching punctuation into C's two-character operators ('&amp;' '&amp;' is '&amp;&amp;').</summary>
    private static List<(string, InterfaceToken)> Combine(IReadOnlyList<InterfaceToken> tokens)
    {
        var result = new List<(string, InterfaceToken)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == InterfaceTokenKind.Punctuation && i + 1 < tokens.Count && tokens[i + 1].Kind == InterfaceTokenKind.Punctuation
                && !tokens[i + 1].SpaceBefore && TwoCharacterOperators.Contains(token.Text + tokens[i + 1].Text))
            {
                result.Add((token.Text + tokens[i + 1].Text, token));
                i++;
                continue;
            }
            result.Add((token.Kind == InterfaceTokenKind.Punctuation ? token.Text : token.Raw, token));
        }
        return result;
    }

    private long Conditional()
    {
        var condition = Binary(0);
        if (!Accept("?"))
        {
            return condition;
        }
        // '?:' nests one level: its branches are conditions again.
        return Nested(() =>
        {
            var whenTrue = Conditional();
            Expect(":");
            var whenFalse = Conditional();
            return condition != 0 ? whenTrue : whenFalse;
        });
    }

    private static int Precedence(string op) => op switch
    {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" => 4,
        "&" => 5,
        "==" or "!=" => 6,
        "<" or ">" or "<=" or ">=" => 7,
        "<<" or ">>" => 8,
        "+" or "-" => 9,
        "*" or "/" or "%" => 10,
        _ => -1,
    };

    private long Binary(int minimum)
    {
        var left = Unary();
        while (!_failed && _index < _tokens.Count)
        {
            var (op, token) = _tokens[_index];
            var precedence = Precedence(op);
            if (precedence < 0 || precedence < minimum)
            {
                return left;
            }
            _index++;
            var right = Binary(precedence + 1);
            left = Apply(op, left, right, token);
        }
        return left;
    }

    private long Apply(string op, long left, long right, InterfaceToken token)
    {
        if (op is "/" or "%" && right == 0)
        {
            Fail(token, "division by zero in the #if condition");
            return 0;
        }
        return op switch
        {
            "||" => left != 0 || right != 0 ? 1 : 0,
            "&&" => left != 0 && right != 0 ? 1 : 0,
            "|" => left | right,
            "^" => left ^ right,
            "&" => left & right,
            "==" => left == right ? 1 : 0,
            "!=" => left != right ? 1 : 0,
            "<" => left < right ? 1 : 0,
            ">" => left > right ? 1 : 0,
            "<=" => left <= right ? 1 : 0,
            ">=" => left >= right ? 1 : 0,
            "<<" => left << (int)(right & 63),
            ">>" => left >> (int)(right & 63),
            "+" => unchecked(left + right),
            "-" => unchecked(left - right),
            "*" => unchecked(left * right),
            "/" => left == long.MinValue && right == -1 ? left : left / right,
            _ => left == long.MinValue && right == -1 ? 0 : left % right,
        };
    }

    // A unary operator or a parenthesis nests one level.
    private long Unary() => Nested(UnaryNested);

    /// <summary>Evaluates one level deeper: 0 (reported once) past <see cref="MaximumNesting"/> or after an error.</summary>
    private long Nested(Func<long> evaluate)
    {
        if (_failed)
        {
            return 0;
        }
        if (_nesting >= MaximumNesting)
        {
            Fail(_index < _tokens.Count ? _tokens[_index].Token : null, $"the #if condition nests more than {MaximumNesting} deep (parentheses, unary operators and ?:)");
            return 0;
        }
        _nesting++;
        try
        {
            return evaluate();
        }
        finally
        {
            _nesting--;
        }
    }

    private long UnaryNested()
    {
        if (_index >= _tokens.Count)
        {
            Fail(null, "the #if condition ends too early");
            return 0;
        }
        var (text, token) = _tokens[_index++];
        switch (text)
        {
            case "!":
                return Unary() == 0 ? 1 : 0;
            case "~":
                return ~Unary();
            case "-":
                return unchecked(-Unary());
            case "+":
                return Unary();
            case "(":
                var inner = Conditional();
                Expect(")");
                return inner;
        }
        return token.Kind switch
        {
            InterfaceTokenKind.Number => Number(token),
            InterfaceTokenKind.Character => Character(token),
            InterfaceTokenKind.Identifier => token.Text == "true" ? 1 : 0,
            _ => Unexpected(token),
        };
    }

    private long Unexpected(InterfaceToken token)
    {
        Fail(token, $"unexpected '{token}' in the #if condition");
        return 0;
    }

    private long Number(InterfaceToken token)
    {
        var text = token.Text.TrimEnd('u', 'U', 'l', 'L');
        var (digits, radix) = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? (text[2..], 16)
            : text.StartsWith("0b", StringComparison.OrdinalIgnoreCase) ? (text[2..], 2)
            : text.Length > 1 && text[0] == '0' ? (text[1..], 8)
            : (text, 10);
        long value = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                digits = string.Empty;
                break;
            }
            value = unchecked(value * radix + digit);
        }
        if (digits.Length == 0)
        {
            Fail(token, $"'{token.Text}' is not an integer; #if conditions use integers only");
            return 0;
        }
        return value;
    }

    private long Character(InterfaceToken token)
    {
        var inside = token.Raw.Length >= 3 ? token.Raw[1..^1] : string.Empty;
        if (inside.Length == 1)
        {
            return inside[0];
        }
        if (inside.Length == 2 && inside[0] == '\\')
        {
            return inside[1] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => 0, _ => inside[1] };
        }
        Fail(token, $"character {token.Raw} is not understood in the #if condition");
        return 0;
    }

    private bool Accept(string op)
    {
        if (!_failed && _index < _tokens.Count && _tokens[_index].Text == op)
        {
            _index++;
            return true;
        }
        return false;
    }

    private void Expect(string op)
    {
        if (!Accept(op) && !_failed)
        {
            Fail(_index < _tokens.Count ? _tokens[_index].Token : null, $"expected '{op}' in the #if condition");
        }
    }

    private void Fail(InterfaceToken? token, string message)
    {
        if (!_failed)
        {
            var where = token?.Location ?? (_tokens.Count > 0 ? _tokens[^1].Token.End : _where);
            _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, where, message);
        }
        _failed = true;
    }
}
