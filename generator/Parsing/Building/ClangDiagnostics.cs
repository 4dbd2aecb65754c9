using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

/// <summary>
/// Turns clang's diagnostics into IBG ones: errors and fatal errors fail the parse, warnings stay warnings,
/// notes are dropped. A diagnostic on a request's line of the main file is reported at the request's location.
/// </summary>
internal sealed class ClangDiagnostics(string mainFile, int[] requestLines, List<CppInstantiationRequest> requests)
{
    /// <summary>One warning, error or fatal error of a translation unit, read out of libclang.</summary>
    internal readonly record struct Message(bool IsWarning, SourceLocation Location, bool InSystemHeader, string Text);

    public HashSet<int> FailedRequests { get; } = [];

    /// <summary>The warnings and errors of <paramref name="unit"/>, in clang's order; notes are left out.</summary>
    public static IEnumerable<Message> Read(nint unit)
    {
        var count = ClangNative.clang_getNumDiagnostics(unit);
        for (uint i = 0; i < count; i++)
        {
            var diagnostic = ClangNative.clang_getDiagnostic(unit, i);
            Message? message = null;
            try
            {
                var severity = ClangNative.clang_getDiagnosticSeverity(diagnostic);
                if (severity is CXDiagnosticSeverity.Warning or CXDiagnosticSeverity.Error or CXDiagnosticSeverity.Fatal)
                {
                    var where = ClangNative.clang_getDiagnosticLocation(diagnostic);
                    message = new Message(severity == CXDiagnosticSeverity.Warning, ClangLocation.Of(where),
                        ClangNative.clang_Location_isInSystemHeader(where) != 0, Clang.ToManaged(ClangNative.clang_getDiagnosticSpelling(diagnostic)));
                }
            }
            finally
            {
                ClangNative.clang_disposeDiagnostic(diagnostic);
            }
            if (message is { } read)
            {
                yield return read;
            }
        }
    }

    public void Report(nint unit, DiagnosticBag diagnostics)
    {
        foreach (var (isWarning, where, _, text) in Read(unit))
        {
            var (location, message) = (where, text);
            if (!location.IsKnown && diagnostics.HasErrors && !isWarning)
            {
                continue; // 'too many errors emitted': the errors before it are located and say it all.
            }
            var request = location.File == mainFile ? Array.IndexOf(requestLines, location.Line) : -1;
            if (request >= 0)
            {
                FailedRequests.Add(request);
                location = requests[request].Location;
                message = $"cannot instantiate '{requests[request].Spelling}': {message}";
            }
            if (isWarning)
            {
                diagnostics.Warning(DiagnosticIds.ClangWarning, location, message);
            }
            else
            {
                diagnostics.Error(request >= 0 ? DiagnosticIds.InstantiationFailed : DiagnosticIds.ClangError, location, message);
            }
        }
    }
}
