using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// <c>%exception [target] %{ handler %}</c>: code around each wrapped call (SWIG's <c>$action</c> is the call);
/// <c>%exception;</c> or <c>%noexception</c> clears it (then <see cref="Handler"/> is null).
/// </summary>
public sealed record ExceptionDirective(DeclarationTarget? Target, InterfaceCode? Handler, SourceLocation Location)
{
    public override string ToString() =>
        Handler is null ? $"%noexception{(Target is null ? string.Empty : " " + Target)};" : $"%exception{(Target is null ? string.Empty : " " + Target)} %{{{Handler.Text}%}};";
}
