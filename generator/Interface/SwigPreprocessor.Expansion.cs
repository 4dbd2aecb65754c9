using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// Macro expansion: arguments, substitution, # and ##, conditionals in %define bodies, and the limits that stop runaways.
internal sealed partial class SwigPreprocessor
{
    private const int MaximumDepth = 64;
    private const int MaximumTokens = 500_000;
    private int _expandedTokens;
    private int _nestedLists; // ExpandList calls in progress: arguments expanded inside arguments, conditions in bodies
    private bool _reportedRunaway;

    /// <summary>Expands the macro <paramref name="pending"/> names, if it does; its output goes back in front of the queue.</summary>
    private bool TryExpand(Pending pending, TokenQueue queue)
    {
        var token = pending.Token;
        if (token.Kind is not (InterfaceTokenKind.Identifier or InterfaceTokenKind.Directive))
        {
            return false;
        }
        var name = MacroName(token);
        if (pending.Hidden.Contains(name) || _macros.Find(name) is not { } macro)
        {
            return false;
        }
        if (pending.Hidden.Count >= MaximumDepth || _nestedLists >= MaximumDepth || _expandedTokens > MaximumTokens)
        {
            if (!_reportedRunaway)
            {
                _reportedRunaway = true;
                _diagnostics.Error(DiagnosticIds.MacroExpansionFailed, token.Location,
                    $"expanding macro '{name}' went {(_expandedTokens <= MaximumTokens ? $"more than {MaximumDepth} macros deep" : $"past {MaximumTokens} tokens")}; the rest is read unexpanded");
            }
            return false;
        }
        var end = token.End;
        List<List<Pending>>? arguments = null;
        if (macro.IsFunctionLike)
        {
            if (!queue.Peek().Token.IsPunctuation("("))
            {
                return false; // A function-like macro's name without '(' is just a name.
            }
            queue.Next();
            if (CollectArguments(macro, token, queue, out end) is not { } collected)
            {
                return true;
            }
            arguments = collected;
        }
        var via = token.Location.Via is { } outer ? $"{macro.Description}, in {outer}" : macro.Description;
        var callSite = token.Location with { Via = via };
        var hidden = pending.Hidden.Add(name);
        var output = Substitute(macro, arguments);
        output = RunBodyConditionals(output, callSite, hidden);
        _expandedTokens += output.Count;
        var placed = new List<Pending>(output.Count);
        for (var i = 0; i < output.Count; i++)
        {
            var spaced = i == 0 ? token.SpaceBefore : output[i].SpaceBefore;
            placed.Add(new Pending(output[i] with { Location = callSite, End = end, LineStart = false, SpaceBefore = spaced }, hidden));
        }
        queue.PushFront(placed);
        return true;
    }

    /// <summary>Reads the arguments after the '(' up to the matching ')'; null (reported) when they do not fit the macro.</summary>
    private List<List<Pending>>? CollectArguments(MacroDefinition macro, InterfaceToken name, TokenQueue queue, out SourceLocation end)
    {
        var parameters = macro.Parameters!;
        var arguments = new List<List<Pending>> { new() };
        var depth = 0;
        end = name.End;
        while (true)
        {
            var pending = queue.Next();
            var token = pending.Token;
            if (token.Kind == InterfaceTokenKind.End)
            {
                queue.PushFront([pending]);
                _diagnostics.Error(DiagnosticIds.MacroExpansionFailed, name.Location, $"the arguments of macro '{macro.Name}' have no closing ')'");
                return null;
            }
            if (token.IsPunctuation(")") && depth == 0)
            {
                end = token.End;
                break;
            }
            depth += token.IsPunctuation("(") ? 1 : token.IsPunctuation(")") ? -1 : 0;
            var restIsOneArgument = macro.IsVariadic && arguments.Count == parameters.Count;
            if (token.IsPunctuation(",") && depth == 0 && !restIsOneArgument)
            {
                arguments.Add([]);
                continue;
            }
            arguments[^1].Add(pending);
        }
        if (parameters.Count == 0 && arguments is [[]])
        {
            return [];
        }
        if (macro.IsVariadic && arguments.Count == parameters.Count - 1)
        {
            arguments.Add([]); // No variadic arguments at all.
        }
        if (arguments.Count != parameters.Count)
        {
            _diagnostics.Error(DiagnosticIds.MacroExpansionFailed, name.Location,
                $"macro '{macro.Name}' takes {parameters.Count} argument{(parameters.Count == 1 ? string.Empty : "s")} ({string.Join(", ", parameters)}), but {arguments.Count} {(arguments.Count == 1 ? "was" : "were")} given");
            return null;
        }
        return arguments;
    }

    /// <summary>The macro's body with its parameters replaced: '#p' quotes an argument, '##' pastes tokens together.</summary>
    private List<InterfaceToken> Substitute(MacroDefinition macro, List<List<Pending>>? arguments)
    {
        var body = macro.Body;
        var parameters = macro.Parameters ?? [];
        var expanded = new Dictionary<int, List<InterfaceToken>>();
        var result = new List<InterfaceToken>();
        var pasteNext = false;
        for (var i = 0; i < body.Count; i++)
        {
            var token = body[i];
            var parameter = token.Kind == InterfaceTokenKind.Identifier ? IndexOf(parameters, token.Text) : -1;
            if (token.IsPunctuation("#") && macro.IsFunctionLike && i + 1 < body.Count && body[i + 1].Kind == InterfaceTokenKind.Identifier
                && IndexOf(parameters, body[i + 1].Text) is var quoted and >= 0)
            {
                Append(result, [Stringify(arguments![quoted], token)], ref pasteNext, token.SpaceBefore);
                i++;
                continue;
            }
            if (token.IsPunctuation("##") && result.Count > 0 && i + 1 < body.Count)
            {
                pasteNext = true;
                continue;
            }
            if (parameter >= 0 && arguments is not null)
            {
                var pasted = pasteNext || (i + 1 < body.Count && body[i + 1].IsPunctuation("##"));
                if (IsCommaBeforeEmptyVariadic(macro, result, pasteNext, parameter, arguments))
                {
                    result.RemoveAt(result.Count - 1); // GNU's ', ## __VA_ARGS__' drops the comma when nothing is passed.
                    pasteNext = false;
                    continue;
                }
                var replacement = pasted ? arguments[parameter].Select(p => p.Token).ToList() : ExpandedArgument(expanded, arguments, parameter);
                Append(result, replacement, ref pasteNext, token.SpaceBefore);
                continue;
            }
            if (token.Kind == InterfaceTokenKind.Verbatim && arguments is not null && parameters.Count > 0)
            {
                token = token with { Text = SubstituteInBlock(token.Text, parameters, arguments) };
            }
            Append(result, [token], ref pasteNext, token.SpaceBefore);
        }
        return result;
    }

    private static bool IsCommaBeforeEmptyVariadic(MacroDefinition macro, List<InterfaceToken> result, bool pasteNext, int parameter, List<List<Pending>> arguments) =>
        pasteNext && macro.IsVariadic && parameter == macro.Parameters!.Count - 1 && arguments[parameter].Count == 0
        && result.Count > 0 && result[^1].IsPunctuation(",");

    private List<InterfaceToken> ExpandedArgument(Dictionary<int, List<InterfaceToken>> cache, List<List<Pending>> arguments, int index)
    {
        if (!cache.TryGetValue(index, out var tokens))
        {
            // An argument is expanded on its own first, as C does, before it replaces its parameter.
            cache[index] = tokens = ExpandList(arguments[index]).Select(p => p.Token).ToList();
        }
        return tokens;
    }

    /// <summary>Adds tokens, pasting the first onto the last one already there after a '##'.</summary>
    private static void Append(List<InterfaceToken> result, IReadOnlyList<InterfaceToken> tokens, ref bool pasteNext, bool spaceBefore)
    {
        var start = 0;
        if (pasteNext && tokens.Count > 0 && result.Count > 0)
        {
            var pasted = Paste(result[^1], tokens[0]);
            result.RemoveAt(result.Count - 1);
            result.AddRange(pasted);
            start = 1;
        }
        pasteNext = false;
        for (var i = start; i < tokens.Count; i++)
        {
            result.Add(i == 0 ? tokens[i] with { SpaceBefore = spaceBefore } : tokens[i]);
        }
    }

    /// <summary>'a ## b': the text of both read again as tokens (one, when they form one).</summary>
    private static List<InterfaceToken> Paste(InterfaceToken left, InterfaceToken right)
    {
        var bag = new DiagnosticBag();
        var scanner = new InterfaceScanner(left.Raw + right.Raw, left.Location.File, bag);
        var tokens = new List<InterfaceToken>();
        for (var token = scanner.Next(); token.Kind != InterfaceTokenKind.End; token = scanner.Next())
        {
            tokens.Add(token with { Location = left.Location, End = right.End, SpaceBefore = tokens.Count == 0 ? left.SpaceBefore : token.SpaceBefore, LineStart = false });
        }
        return bag.HasErrors || tokens.Count == 0 ? [left, right with { SpaceBefore = false }] : tokens;
    }

    private static InterfaceToken Stringify(List<Pending> argument, InterfaceToken hash)
    {
        var text = new StringBuilder();
        foreach (var (token, index) in argument.Select((p, i) => (p.Token, i)))
        {
            if (index > 0 && token.SpaceBefore)
            {
                text.Append(' ');
            }
            text.Append(token.Raw);
        }
        var value = text.ToString();
        var raw = "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        return new InterfaceToken(InterfaceTokenKind.String, value, hash.Location, hash.End) { Raw = raw, SpaceBefore = hash.SpaceBefore };
    }

    /// <summary>In a <c>%{ %}</c> block of a macro body, SWIG replaces parameter names as text and drops '##'.</summary>
    private static string SubstituteInBlock(string text, IReadOnlyList<string> parameters, List<List<Pending>> arguments)
    {
        var pattern = new Regex(@"\b(" + string.Join("|", parameters.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var substituted = pattern.Replace(text, match =>
        {
            var argument = arguments[IndexOf(parameters, match.Value)];
            return string.Join(" ", argument.Select(p => p.Token.Raw));
        });
        return Regex.Replace(substituted, @"\s*##\s*", string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static int IndexOf(IReadOnlyList<string> parameters, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Expands a token list on its own (an argument, an #if condition): nothing after it is read.</summary>
    private List<Pending> ExpandList(List<Pending> tokens)
    {
        if (_nestedLists > 0)
        {
            _expandedTokens += tokens.Count; // an argument inside an argument is copied once a level: counted, so F(F(F(...))) stays bounded
        }
        _nestedLists++;
        try
        {
            return ExpandQueue(tokens);
        }
        finally
        {
            _nestedLists--;
        }
    }

    private List<Pending> ExpandQueue(List<Pending> tokens)
    {
        var queue = new TokenQueue(null);
        queue.PushFront(tokens);
        var output = new List<Pending>();
        while (!queue.IsEmpty)
        {
            var pending = queue.Next();
            if (pending.Token.Kind == InterfaceTokenKind.End)
            {
                break;
            }
            if (!TryExpand(pending, queue))
            {
                output.Add(pending);
            }
        }
        return output;
    }
}
