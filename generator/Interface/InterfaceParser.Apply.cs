using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// %apply: what raw pointers and references mean.
public sealed partial class InterfaceParser
{
    private const string ApplyUsage =
        "%apply double INPUT[ImageDimension] { const double * }; (also OUTPUT[N] for arrays the callee fills, and %apply OUTPUT { T & name }; or INOUT for references)";

    private bool ParseApply(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        var pattern = new List<InterfaceToken>();
        while (!tokens.Peek().IsPunctuation("{"))
        {
            if (tokens.Peek().IsPunctuation(";") || tokens.AtStatementStart || tokens.Peek().Kind is InterfaceTokenKind.End or InterfaceTokenKind.Error)
            {
                _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location, $"expected '{{' and the parameters the rule applies to: {ApplyUsage}");
                return false;
            }
            pattern.Add(tokens.Next());
        }
        var open = tokens.Next();
        if (IsSingleValueRule(pattern) || !IsRuleName(pattern))
        {
            // A type (%apply int { MyInt }) or typemaps.i's single-value rules (int *OUTPUT, double &INPUT).
            if (TypeApplyPattern(pattern, directive) is not { } source || ParseApplyTargets(open, tokens) is not { } typeTargets || !ExpectSemicolon(tokens))
            {
                return false;
            }
            if (source.Name is "OUTPUT" or "INOUT" && source.Type.EndsWith('&'))
            {
                _result.AddApply(new ApplyDirective(source.Name == "OUTPUT" ? ApplyMode.OutReference : ApplyMode.InOutReference, null, null, typeTargets, directive.Location));
            }
            else
            {
                _result.AddTypeApply(new TypeApplyDirective(source, typeTargets, directive.Location));
            }
            return true;
        }
        if (ParseApplyPattern(directive, pattern) is not { } rule || ParseApplyTargets(open, tokens) is not { } targets || !ExpectSemicolon(tokens))
        {
            return false;
        }
        _result.AddApply(new ApplyDirective(rule.Mode, rule.Element, rule.Length, targets, directive.Location));
        return true;
    }

    /// <summary>The pattern names a rule (INPUT, OUTPUT, INOUT, or another of SWIG's upper-case typemap names).</summary>
    private static bool IsRuleName(List<InterfaceToken> pattern) =>
        pattern.Exists(t => t.Kind == InterfaceTokenKind.Identifier && t.Text is "INPUT" or "OUTPUT" or "INOUT");

    /// <summary><c>T *OUTPUT</c>, <c>T &amp;INPUT</c>: typemaps.i's rules for one value behind a pointer or reference.</summary>
    private static bool IsSingleValueRule(List<InterfaceToken> pattern) =>
        pattern.Count >= 3 && pattern[^1].Kind == InterfaceTokenKind.Identifier && pattern[^1].Text is "INPUT" or "OUTPUT" or "INOUT"
        && (pattern[^2].IsPunctuation("*") || pattern[^2].IsPunctuation("&"));

    /// <summary>The source of a type %apply; SWIG typemaps this tool does not provide (<c>char *STRING</c>, <c>SWIGTYPE *DISOWN</c>) are refused.</summary>
    private ApplyTarget? TypeApplyPattern(List<InterfaceToken> pattern, InterfaceToken directive)
    {
        if (pattern.Count == 0)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, directive.End, $"%apply needs a rule or a type before '{{': {ApplyUsage}");
            return null;
        }
        if (pattern[0].IsPunctuation("("))
        {
            _diagnostics.Error(DiagnosticIds.UnsupportedDirective, pattern[0].Location,
                "SWIG's multi-argument typemaps ((char *STRING, size_t LENGTH) and the like) are not provided: a std::string or std::vector parameter crosses as a C# string or array; use %apply ... INPUT[N] for a pointer and its length");
            return null;
        }
        var target = Target(pattern);
        if (target.Name is { } name && name.Length > 1 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') && name is not ("INPUT" or "OUTPUT" or "INOUT"))
        {
            _diagnostics.Error(DiagnosticIds.UnsupportedDirective, pattern[^1].Location,
                $"SWIG's '{target}' typemap is not provided: %apply takes a type, typemaps.i's INPUT, OUTPUT and INOUT on one value (int *OUTPUT) or an array (double INPUT[3]); see docs/swig.md");
            return null;
        }
        return target;
    }

    private (ApplyMode Mode, string? Element, string? Length)? ParseApplyPattern(InterfaceToken directive, List<InterfaceToken> pattern)
    {
        if (pattern.Count == 1 && pattern[0].Kind == InterfaceTokenKind.Identifier && pattern[0].Text is "OUTPUT" or "INOUT")
        {
            return (pattern[0].Text == "OUTPUT" ? ApplyMode.OutReference : ApplyMode.InOutReference, null, null);
        }
        var mode = pattern.FindIndex(t => t.Kind == InterfaceTokenKind.Identifier && t.Text is "INPUT" or "OUTPUT");
        var where = pattern.Count == 0 ? directive.End : pattern[0].Location;
        if (mode <= 0 || mode + 3 > pattern.Count || !pattern[mode + 1].IsPunctuation("[") || !pattern[^1].IsPunctuation("]"))
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, where, $"expected 'element INPUT[length]', 'element OUTPUT[length]', 'OUTPUT' or 'INOUT': {ApplyUsage}");
            return null;
        }
        var length = pattern.Skip(mode + 2).Take(pattern.Count - mode - 3).ToList();
        if (length.Count == 0)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, pattern[mode + 1].Location,
                "an %apply array needs its length: a number or a constant of the class, e.g. INPUT[ImageDimension]");
            return null;
        }
        return (pattern[mode].Text == "INPUT" ? ApplyMode.Input : ApplyMode.Output, JoinCpp(pattern.Take(mode).ToList()), JoinCpp(length));
    }

    /// <summary>Reads <c>type [name], ... }</c>: a target's name is the identifier after its last <c>*</c> or <c>&amp;</c>.</summary>
    private List<ApplyTarget>? ParseApplyTargets(InterfaceToken open, InterfaceTokenStream tokens)
    {
        var targets = new List<ApplyTarget>();
        var current = new List<InterfaceToken>();
        var depth = 0;
        while (true)
        {
            var token = tokens.Next();
            if (token.Kind is InterfaceTokenKind.End or InterfaceTokenKind.Error || token.IsPunctuation(";") || token.Kind == InterfaceTokenKind.Directive)
            {
                tokens.PushBack(token);
                if (token.Kind != InterfaceTokenKind.Error)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, open.Location, $"'{{' of %apply is not closed by '}}': {ApplyUsage}");
                }
                return null;
            }
            depth += token.IsPunctuation("<") ? 1 : token.IsPunctuation(">") ? -1 : 0;
            if (depth == 0 && (token.IsPunctuation(",") || token.IsPunctuation("}")))
            {
                if (current.Count == 0)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, token.Location, $"expected a parameter type before '{token.Text}': {ApplyUsage}");
                    return null;
                }
                targets.Add(Target(current));
                current = [];
                if (token.IsPunctuation("}"))
                {
                    return targets;
                }
                continue;
            }
            current.Add(token);
        }
    }

    private static ApplyTarget Target(List<InterfaceToken> tokens)
    {
        var last = tokens[^1];
        var hasName = tokens.Count >= 2 && last.Kind == InterfaceTokenKind.Identifier && (tokens[^2].IsPunctuation("*") || tokens[^2].IsPunctuation("&"));
        return hasName ? new ApplyTarget(JoinCpp(tokens[..^1]), last.Text) : new ApplyTarget(JoinCpp(tokens), null);
    }
}
