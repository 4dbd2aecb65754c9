using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// <c>%warnfilter(401, SWIGWARN_PARSE_KEYWORD) target;</c> or <c>#pragma SWIG nowarn=...</c>: SWIG warnings to keep
/// quiet, as written (numbers or SWIG's names), and the ones of this tool they correspond to.
/// </summary>
public sealed record WarningFilterDirective(IReadOnlyList<string> Warnings, IReadOnlyList<DiagnosticId> Mapped, DeclarationTarget? Target, SourceLocation Location)
{
    public override string ToString() => $"%warnfilter({string.Join(", ", Warnings)}){(Target is null ? string.Empty : " " + Target)};";
}
