using System.Text;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Building;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing;

// The C++ of interface files is compiled into the shim as written: its function bodies are checked too.
public static partial class CppParser
{
    /// <summary>
    /// Parses the <c>%{ %}</c> and <c>%inline</c> text of interface files again, function bodies included (the model's
    /// parse skips them), and reports the errors clang finds in that text or in the project's own headers it
    /// includes, so that a shim that would not compile is refused at the interface file's line. Errors in system
    /// headers are left to the compiler: they come from clang reading another compiler's library.
    /// </summary>
    public static void CheckBodies(IEnumerable<CppSourceText> sources, CppParserOptions options, DiagnosticBag diagnostics)
    {
        var code = sources.Where(s => !s.IsDeclarationsOnly).ToList();
        if (!code.Exists(s => s.Text.Contains('{')) || !ClangLibrary.TryLoad(options.LibclangPath, diagnostics)
            || ClangLibrary.FindResourceDir(options.ResourceDirectory, diagnostics) is not { } resourceDir)
        {
            return;
        }
        var mainFile = Path.Combine(Path.GetTempPath(), "itkbindgen-bodies.cpp");
        var main = new StringBuilder();
        foreach (var source in code)
        {
            main.Append("#include \"").Append(source.Path).Append("\"\n");
        }
        var index = ClangNative.clang_createIndex(0, 0);
        try
        {
            // The shim is compiled as C++17: what a later standard adds is an error in the interface file's code, not a warning.
            List<string> arguments = [.. options.BuildArguments(resourceDir), .. LaterStandards.Select(group => "-Werror=" + group)];
            var unit = ClangTranslationUnit.Parse(index, [(mainFile, main.ToString()), .. code.Select(s => (s.Path, s.Text))], arguments, CXTranslationUnitFlags.KeepGoing, out var errorCode);
            if (unit == 0)
            {
                diagnostics.Error(DiagnosticIds.ParseFailed, SourceLocation.None, $"libclang could not parse the interface files' C++ (error code {errorCode})");
                return;
            }
            try
            {
                ReportBodyErrors(unit, diagnostics);
            }
            finally
            {
                ClangNative.clang_disposeTranslationUnit(unit);
            }
        }
        finally
        {
            ClangNative.clang_disposeIndex(index);
        }
    }

    private static readonly string[] LaterStandards = ["c++20-extensions", "c++23-extensions", "c++26-extensions", "c++2c-extensions"];

    private static void ReportBodyErrors(nint unit, DiagnosticBag diagnostics)
    {
        foreach (var message in ClangDiagnostics.Read(unit).Where(m => !m.IsWarning && !m.InSystemHeader && m.Location.IsKnown))
        {
            diagnostics.Error(DiagnosticIds.ClangError, message.Location, message.Text);
        }
    }
}
