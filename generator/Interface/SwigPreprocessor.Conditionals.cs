using System.Collections.Immutable;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// #if, #ifdef, #ifndef, #elif, #else and #endif: deciding a condition and skipping the groups not taken.
internal sealed partial class SwigPreprocessor
{
    /// <summary>Reads and decides the condition of <c>#if</c>, <c>#ifdef</c>, <c>#ifndef</c> or <c>#elif</c>.</summary>
    private bool Condition(string kind, List<InterfaceToken> tokens, SourceLocation where) =>
        Condition(kind, tokens, where, ImmutableHashSet<string>.Empty);

    /// <summary>As above, with the macros that must not expand again (those whose body the condition is in).</summary>
    private bool Condition(string kind, List<InterfaceToken> tokens, SourceLocation where, ImmutableHashSet<string> hidden)
    {
        if (kind is "ifdef" or "ifndef")
        {
            if (tokens.Count == 0 || tokens[0].Kind is not (InterfaceTokenKind.Identifier or InterfaceTokenKind.Directive))
            {
                _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, tokens.Count > 0 ? tokens[0].Location : where, $"#{kind} needs a macro name");
                return false;
            }
            return _macros.IsDefined(MacroName(tokens[0])) == (kind == "ifdef");
        }
        return Evaluate(tokens, where, hidden);
    }

    /// <summary>Replaces <c>defined X</c> and <c>defined(X)</c>, expands macros, then evaluates.</summary>
    private bool Evaluate(List<InterfaceToken> tokens, SourceLocation where, ImmutableHashSet<string> hidden)
    {
        var replaced = new List<Pending>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsIdentifier("defined"))
            {
                replaced.Add(new Pending(tokens[i], hidden));
                continue;
            }
            var parenthesized = i + 1 < tokens.Count && tokens[i + 1].IsPunctuation("(");
            var nameIndex = parenthesized ? i + 2 : i + 1;
            if (nameIndex >= tokens.Count || tokens[nameIndex].Kind is not (InterfaceTokenKind.Identifier or InterfaceTokenKind.Directive)
                || (parenthesized && (nameIndex + 1 >= tokens.Count || !tokens[nameIndex + 1].IsPunctuation(")"))))
            {
                _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, tokens[i].Location, "'defined' needs a macro name: defined(NAME) or defined NAME");
                return false;
            }
            var value = _macros.IsDefined(MacroName(tokens[nameIndex])) ? "1" : "0";
            replaced.Add(new Pending(tokens[i] with { Kind = InterfaceTokenKind.Number, Text = value, Raw = value }, hidden));
            i = parenthesized ? nameIndex + 1 : nameIndex;
        }
        var expanded = ExpandList(replaced).Select(p => p.Token).ToList();
        return PreprocessorExpression.Evaluate(expanded, where, _diagnostics) is { } result && result != 0;
    }

    /// <summary>At <c>#elif</c> or <c>#else</c>: false (reported) when no <c>#if</c> is open or <c>#else</c> was already seen.</summary>
    private bool CheckBranch(string kind, InterfaceToken hash)
    {
        if (!_conditionals.TryPeek(out var open))
        {
            _scanner.RestOfLine();
            _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, hash.Location, $"#{kind} without an #if before it");
            return false;
        }
        if (open.SeenElse)
        {
            _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, hash.Location, $"#{kind} after the #else of the #if at {open.Location}");
        }
        open.SeenElse |= kind == "else";
        return true;
    }

    /// <summary>
    /// Skips the rest of the innermost conditional's group: up to its <c>#endif</c>, or to an <c>#elif</c> that
    /// holds or an <c>#else</c> when no branch was taken yet. Nested conditionals inside are skipped whole.
    /// </summary>
    private void SkipGroup()
    {
        var open = _conditionals.Peek();
        var depth = 0;
        while (true)
        {
            if (NextSkippedLine() is not { } hash)
            {
                return; // The end of the file reports the open conditional.
            }
            var name = _scanner.ReadDirectiveName();
            var afterName = _scanner.Here;
            switch (name)
            {
                case "if" or "ifdef" or "ifndef":
                    depth++;
                    _scanner.RestOfLine();
                    break;
                case "endif" when depth > 0:
                    depth--;
                    _scanner.RestOfLine();
                    break;
                case "endif":
                    _scanner.RestOfLine();
                    _conditionals.Pop();
                    return;
                case "else" when depth == 0:
                    _scanner.RestOfLine();
                    if (open.SeenElse)
                    {
                        _diagnostics.Error(DiagnosticIds.MalformedPreprocessorLine, hash.Location, $"#else after the #else of the #if at {open.Location}");
                    }
                    open.SeenElse = true;
                    if (!open.Taken)
                    {
                        open.Taken = true;
                        return;
                    }
                    break;
                case "elif" when depth == 0 && !open.Taken && !open.SeenElse:
                    if (Condition("elif", LineTokens(), afterName))
                    {
                        open.Taken = true;
                        return;
                    }
                    break;
                default:
                    _scanner.RestOfLine();
                    break;
            }
        }
    }

    /// <summary>Moves to the next '#' line of a skipped group and returns its '#'; null at the end of the file.</summary>
    private InterfaceToken? NextSkippedLine()
    {
        if (_queue.TakeLookahead() is { } ahead && ahead.LineStart && ahead.IsPunctuation("#"))
        {
            return ahead;
        }
        return _scanner.SkipToDirectiveLine() ? _scanner.Next() : null;
    }
}
