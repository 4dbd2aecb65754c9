using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// <c>%immutable target;</c> makes a variable read-only; without a target, <c>%immutable;</c> does so for every
/// variable declared after it until <c>%mutable;</c> (then <see cref="Target"/> is null).
/// </summary>
public sealed record ImmutableDirective(DeclarationTarget? Target, bool Immutable, SourceLocation Location)
{
    public override string ToString() => $"%{(Immutable ? "immutable" : "mutable")}{(Target is null ? string.Empty : " " + Target)};";
}
