using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// <c>%apply</c> of a type, or of SWIG's <c>typemaps.i</c> rules on single values (<c>int *OUTPUT</c>, <c>double &amp;INPUT</c>),
/// to other parameters: they are then marshalled as <see cref="Pattern"/> is. Array rules and reference
/// OUTPUT/INOUT are <see cref="ApplyDirective"/>.
/// </summary>
public sealed record TypeApplyDirective(ApplyTarget Pattern, IReadOnlyList<ApplyTarget> Targets, SourceLocation Location)
{
    public override string ToString() => $"%apply {Pattern} {{ {string.Join(", ", Targets)} }};";
}
