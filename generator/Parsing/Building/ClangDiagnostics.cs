using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

/// <summary>
/// Turns clang's diagnostics into IBG ones: errors and fatal errors fail the parse, warnings stay warnings,
/// notes are dropped. A diagnostic on a request's line of the main file is reported at the request's location;
/// one on a class request that may name a member template instead is held until the parser knows which it is.
/// </summary>
internal sealed class ClangDiagnostics(
    string mainFile, MainFile layout, IReadOnlyList<CppInstantiationRequest> requests, IReadOnlyList<CppMemberTemplateRequest> memberRequests,
    IReadOnlySet<int> heldRequests)
{
    private readonly Dictionary<int, List<Diagnostic>> _held = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public HashSet<int> FailedRequests { get; } = [];

    /// <summary>Request scopes (<see cref="MainFileLine.RequestScope"/>) that are not a complete class; never reported.</summary>
    public HashSet<int> FailedScopes { get; } = [];

    public HashSet<int> FailedMemberClasses { get; } = [];

    /// <summary>Member template probes that did not compile (the overload does not apply), with clang's first error.</summary>
    public Dictionary<int, string> FailedProbes { get; } = [];

    /// <summary>Reports a parse's diagnostics; on the second parse, those the first already reported are not repeated.</summary>
    public void Report(nint unit, DiagnosticBag diagnostics)
    {
        var count = ClangNative.clang_getNumDiagnostics(unit);
        for (uint i = 0; i < count; i++)
        {
            var diagnostic = ClangNative.clang_getDiagnostic(unit, i);
            try
            {
                var severity = ClangNative.clang_getDiagnosticSeverity(diagnostic);
                if (severity is CXDiagnosticSeverity.Warning or CXDiagnosticSeverity.Error or CXDiagnosticSeverity.Fatal)
                {
                    Translate(severity == CXDiagnosticSeverity.Warning, Clang.ToManaged(ClangNative.clang_getDiagnosticSpelling(diagnostic)),
                        ClangLocation.Of(ClangNative.clang_getDiagnosticLocation(diagnostic)), diagnostics);
                }
            }
            finally
            {
                ClangNative.clang_disposeDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>Reports what a held request's line said: it names no member template, so it is a class request that failed.</summary>
    public void Release(int request, DiagnosticBag diagnostics)
    {
        if (_held.Remove(request, out var held))
        {
            diagnostics.AddRange(held);
        }
    }

    private void Translate(bool isWarning, string message, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (location.File == mainFile && layout.TryGetLine(location.Line, out var line))
        {
            Translate(isWarning, message, line, diagnostics);
            return;
        }
        // The second parse repeats the first one's diagnostics on the headers: each is said once.
        if (_reported.Add($"{location}|{isWarning}|{message}"))
        {
            var id = isWarning ? DiagnosticIds.ClangWarning : DiagnosticIds.ClangError;
            diagnostics.Add(new Diagnostic(id, isWarning ? Severity.Warning : Severity.Error, location, message));
        }
    }

    private void Translate(bool isWarning, string message, (MainFileLine Kind, int Index) line, DiagnosticBag diagnostics)
    {
        switch (line.Kind)
        {
            case MainFileLine.ClassRequest when !_reported.Add($"request {line.Index}|{isWarning}|{message}"):
                return;
            case MainFileLine.ClassRequest:
                if (!isWarning)
                {
                    FailedRequests.Add(line.Index);
                }
                var request = requests[line.Index];
                var translated = new Diagnostic(
                    isWarning ? DiagnosticIds.ClangWarning : DiagnosticIds.InstantiationFailed, isWarning ? Severity.Warning : Severity.Error,
                    request.Location, $"cannot instantiate '{request.Spelling}': {message}");
                if (heldRequests.Contains(line.Index))
                {
                    (_held.TryGetValue(line.Index, out var list) ? list : _held[line.Index] = []).Add(translated);
                }
                else
                {
                    diagnostics.Add(translated);
                }
                return;
            case MainFileLine.RequestScope:
                if (!isWarning)
                {
                    FailedScopes.Add(line.Index);
                }
                return;
            case MainFileLine.MemberClass when !_reported.Add($"member {line.Index}|{isWarning}|{message}"):
                return;
            case MainFileLine.MemberClass:
                var member = memberRequests[line.Index];
                if (isWarning)
                {
                    diagnostics.Warning(DiagnosticIds.ClangWarning, member.Location, $"instantiating '{member.ClassSpelling}': {message}");
                    return;
                }
                FailedMemberClasses.Add(line.Index);
                diagnostics.Error(DiagnosticIds.InstantiationFailed, member.Location,
                    $"cannot instantiate member template '{member.Spelling}': its class '{member.ClassSpelling}': {message}");
                return;
            case MainFileLine.MemberProbe:
                // A substitution that does not compile drops that overload, as C++ overload resolution would.
                if (!isWarning)
                {
                    FailedProbes.TryAdd(line.Index, message);
                }
                return;
        }
    }
}
