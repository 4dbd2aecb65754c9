using ItkBindGen.Interface;

namespace ItkBindGen.Binding.Directives;

/// <summary>What the %rename/%ignore rule that wins for a declaration does: <see cref="NewName"/> is null when it ignores it.</summary>
public sealed record NameDecision(RenameRule Rule, string? NewName)
{
    public bool IsIgnored => NewName is null;
}
