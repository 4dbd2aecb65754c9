using System.Text.RegularExpressions;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Binding.Directives;

/// <summary>
/// Decides, for one declaration, which %rename or %ignore rule applies, with SWIG's precedence: a target naming the
/// declaration's own scope (<c>Spam::foo</c>, or a base class's), then <c>*::foo</c>, then the bare name <c>foo</c>,
/// each with a parameter list before without; then the rules without a target of their own or with filters, the last
/// read first. Within one level the rule read last wins, as a repeated SWIG %rename replaces the earlier one.
/// </summary>
/// <remarks>
/// A %rename is an %ignore with the name <c>$ignore</c> in SWIG, so both compete here: <c>%ignore Spam::foo</c> and
/// <c>%rename(fooInt) Spam::foo(int)</c> keep <c>foo(int)</c> as <c>fooInt</c> and drop the other overloads.
/// </remarks>
public sealed class RenameResolver
{
    /// <summary>The precedence level of rules without a target of their own, or with filters (SWIG's rename list).</summary>
    private const int ListLevel = 6;

    private sealed record Rule(RenameRule Source, int Order, Regex? TargetPattern)
    {
        public bool IsListed => Source.Target is null || Source.Filters.Count > 0 || Source.RegexTarget || Source.FullName;
    }

    private readonly List<Rule> _rules;
    private readonly UsedDirectives _used = new();

    /// <param name="rules">Every %rename and %ignore in the order read; refused and not-yet-applied ones are left out.</param>
    public RenameResolver(IEnumerable<RenameRule> rules)
    {
        _rules = rules.Where(r => RenameFilters.Refusal(r) is null && RenameFilters.NotApplied(r) is null)
            .Select((r, i) => new Rule(r, i, r.RegexTarget && r.Target is { } t
                ? new Regex(t.Name, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null))
            .ToList();
    }

    /// <summary>The rule that applies to the declaration and what it does, or null when none does.</summary>
    public NameDecision? Decide(Declaration declaration)
    {
        var candidates = _rules
            .Select(r => (Rule: r, Level: Level(r, declaration)))
            .Where(c => c.Level is not null && c.Rule.Source.Filters.All(f => RenameFilters.Passes(f, declaration)))
            .ToList();
        _used.Add(candidates.Select(c => c.Rule.Source));
        foreach (var (rule, _) in candidates.OrderBy(c => c.Level).ThenByDescending(c => c.Rule.Order))
        {
            switch (rule.Source.Action)
            {
                case RenameAction.Ignore:
                    return new NameDecision(rule.Source, null);
                case RenameAction.To to:
                    return new NameDecision(rule.Source, to.Name);
                case RenameAction.Computed computed when Compute(computed, rule.Source.FullName ? declaration.QualifiedName : declaration.Name) is { } name:
                    return new NameDecision(rule.Source, name);
                case RenameAction.Computed when !rule.IsListed:
                    // A named rule whose function gives no name keeps the C++ name, as SWIG does; a listed one gives way to the next.
                    return null;
            }
        }
        return null;
    }

    /// <summary>One warning (IBG3005) for each rule that matched no declaration.</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        foreach (var rule in _rules.Select(r => r.Source).Where(r => !_used.Contains(r)))
        {
            diagnostics.Warning(DiagnosticIds.DirectiveMatchesNothing, rule.Location, $"{Printed(rule)} matches no wrapped declaration; check the qualified name");
        }
    }

    private static string Printed(RenameRule rule) => rule.IsPlain && rule.Target is { } target
        ? rule.Action is RenameAction.To to ? $"%rename({to.Name}) {target}" : $"%ignore {target}"
        : rule.ToString().TrimEnd(';');

    /// <summary>A computed name that is not a C# identifier (an operator's, say) is no name; a keyword gets SWIG's '_'.</summary>
    private static string? Compute(RenameAction.Computed action, string name) =>
        NameFormat.Apply(action, name) is { } computed && IsIdentifier(computed) ? CSharpNames.Identifier(computed) : null;

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>How specifically the rule names the declaration (lower is more specific), or null when it does not.</summary>
    private static int? Level(Rule rule, Declaration declaration)
    {
        var source = rule.Source;
        if (source.Target is not { } target)
        {
            return ListLevel;
        }
        if (rule.TargetPattern is { } pattern)
        {
            return pattern.IsMatch(source.FullName ? declaration.QualifiedName : declaration.Name) ? ListLevel : null;
        }
        if (target.Parameters is not null && (declaration.Function is not { } function || !DirectiveTarget.Of(target).MatchesSignature(function)))
        {
            return null;
        }
        var bySignature = target.Parameters is null ? 1 : 0;
        var name = DirectiveNames.Normalize(target.Name);
        int? level = target switch
        {
            // "::name" at the end: in some class or namespace, never the global one.
            { AnyScope: true } => declaration.QualifiedName.EndsWith("::" + name, StringComparison.Ordinal) ? 2 : null,
            { Global: true } => declaration.Scope.Length == 0 && declaration.Name == name ? 0 : null,
            _ when source.FullName || name.Contains("::", StringComparison.Ordinal) =>
                declaration.QualifiedName == name || declaration.BaseScopes.Any(s => $"{s}::{declaration.Name}" == name) ? 0 : null,
            _ => declaration.Name == name ? 4 : null,
        };
        return level is { } found ? (rule.IsListed ? ListLevel : found + bySignature) : null;
    }
}
