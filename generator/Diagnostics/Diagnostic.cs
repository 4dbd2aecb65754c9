namespace ItkBindGen.Diagnostics;

/// <summary>One message for the user, printed the way compilers print theirs so MSBuild and IDEs list it.</summary>
public sealed record Diagnostic(DiagnosticId Id, Severity Severity, SourceLocation Location, string Message)
{
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var prefix = Location.IsKnown ? $"{Location}: " : "itkbindgen: ";
        var via = Location.Via is null ? string.Empty : $" (through {Location.Via})";
        return $"{prefix}{severity} {Id}: {Message}{via}";
    }
}
