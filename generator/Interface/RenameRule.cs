using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// A <c>%rename</c> or <c>%ignore</c> beyond a plain name: a signature target, <c>*::</c>, a name function, filters,
/// <c>regextarget</c> or <c>fullname</c>, or no target at all (every declaration). Plain ones are
/// <see cref="RenameDirective"/> and <see cref="IgnoreDirective"/>.
/// </summary>
public sealed record RenameRule(RenameAction Action, DeclarationTarget? Target, IReadOnlyList<RenameFilter> Filters, bool RegexTarget, bool FullName, SourceLocation Location)
{
    /// <summary>A name or <c>$ignore</c> for a qualified name, optionally of one signature, with nothing else.</summary>
    public bool IsPlain => Action is RenameAction.To or RenameAction.Ignore && Target is { IsMatchable: true } && Filters.Count == 0 && !RegexTarget && !FullName;

    public override string ToString()
    {
        var options = Filters.Select(f => f.ToString())
            .Concat(RegexTarget ? ["regextarget=1"] : [])
            .Concat(FullName ? ["fullname=1"] : []);
        var arguments = string.Join(", ", options.Prepend(Action.ToString()));
        return $"%rename({arguments}) {Target?.ToString() ?? "\"\""};";
    }
}
