using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

/// <summary>
/// Turns clang's diagnostics into IBG ones: errors and fatal errors fail the parse, warnings stay warnings,
/// notes are dropped. A diagnostic on a request's line of the main file is reported at the request's location.
/// </summary>
internal sealed class ClangDiagnostics(string mainFile, int[] requestLines, List<CppInstantiationRequest> requests)
{
    public HashSet<int> FailedRequests { get; } = [];

    public unsafe void Report(nint unit, DiagnosticBag diagnostics)
    {
        var count = ClangNative.clang_getNumDiagnostics(unit);
        for (uint i = 0; i < count; i++)
        {
            var diagnostic = ClangNative.clang_getDiagnostic(unit, i);
            try
            {
                var severity = ClangNative.clang_getDiagnosticSeverity(diagnostic);
                if (severity is not (CXDiagnosticSeverity.Warning or CXDiagnosticSeverity.Error or CXDiagnosticSeverity.Fatal))
                {
                    continue;
                }
                var message = Clang.ToManaged(ClangNative.clang_getDiagnosticSpelling(diagnostic));
                var location = ClangLocation.Of(ClangNative.clang_getDiagnosticLocation(diagnostic));
                var request = location.File == mainFile ? Array.IndexOf(requestLines, location.Line) : -1;
                if (request >= 0)
                {
                    FailedRequests.Add(request);
                    var spelling = requests[request].Spelling;
                    location = requests[request].Location;
                    message = $"cannot instantiate '{spelling}': {message}";
                }
                if (severity == CXDiagnosticSeverity.Warning)
                {
                    diagnostics.Warning(DiagnosticIds.ClangWarning, location, message);
                }
                else
                {
                    diagnostics.Error(request >= 0 ? DiagnosticIds.InstantiationFailed : DiagnosticIds.ClangError, location, message);
                }
            }
            finally
            {
                ClangNative.clang_disposeDiagnostic(diagnostic);
            }
        }
    }
}
