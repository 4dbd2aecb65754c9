using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

/// <summary>
/// The <c>%apply</c> rules of a request, matched against parameters by type spelling (as declared or canonical,
/// white space ignored) and, when a target names one, by parameter name. Remembers which rules matched.
/// </summary>
public sealed class ApplyRules(IReadOnlyList<ApplyDirective> directives)
{
    private readonly HashSet<ApplyDirective> _used = [];

    public static readonly ApplyRules None = new([]);

    public IEnumerable<ApplyDirective> Unused => directives.Where(d => !_used.Contains(d));

    /// <summary>The last rule that matches, as SWIG lets a later %apply override an earlier one.</summary>
    public ApplyDirective? Match(CppType type, string parameterName)
    {
        var declared = Squeeze(type.Spelling);
        var canonical = Squeeze(type.CanonicalSpelling);
        ApplyDirective? match = null;
        foreach (var directive in directives)
        {
            foreach (var target in directive.Targets)
            {
                var spelled = Squeeze(target.Type);
                if ((spelled == declared || spelled == canonical) && (target.Name is null || target.Name == parameterName))
                {
                    match = directive;
                }
            }
        }
        if (match is not null)
        {
            _used.Add(match);
        }
        return match;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
