using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Building;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing;

/// <summary>
/// Parses headers with libclang into a <see cref="CppCompilation"/>. All headers and all instantiation requests go
/// into one translation unit: an unsaved main file includes the headers and forces each requested class complete
/// (<c>static_assert(sizeof(T) &gt; 0)</c> through a typedef), so its members can be walked with every type substituted.
/// Errors go to the diagnostic bag; a parse with errors still returns what could be modeled.
/// </summary>
public static partial class CppParser
{
    internal const string ProbeNamespace = "__itkbindgen_probe";

    public static CppCompilation Parse(IEnumerable<string> headers, CppParserOptions options, DiagnosticBag diagnostics) =>
        Parse(headers, options, Array.Empty<CppInstantiationRequest>(), diagnostics);

    public static CppCompilation Parse(IEnumerable<string> headers, CppParserOptions options, IEnumerable<string> instantiations, DiagnosticBag diagnostics) =>
        Parse(headers, options, instantiations.Select(i => new CppInstantiationRequest(i)), diagnostics);

    public static CppCompilation Parse(IEnumerable<string> headers, CppParserOptions options, IEnumerable<CppInstantiationRequest> instantiations, DiagnosticBag diagnostics)
    {
        var compilation = new CppCompilation();
        var requests = instantiations.ToList();
        var errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var sources = options.SourceTexts;
        foreach (var header in headers)
        {
            var full = header.Length == 0 ? string.Empty : Path.GetFullPath(header);
            if (full.Length == 0 || !File.Exists(full))
            {
                diagnostics.Error(DiagnosticIds.HeaderNotFound, SourceLocation.None, $"header '{header}' was not found");
                continue;
            }
            compilation.InputFiles.Add(full);
        }
        // What the interface files' own C++ declares is modeled like a header's, where it is wrapped.
        var wrappedSources = sources.Where(s => s.IsWrapped).Select(s => s.Path).ToList();
        if (diagnostics.HasErrors || !ClangLibrary.TryLoad(options.LibclangPath, diagnostics))
        {
            compilation.HasErrors = true;
            return compilation;
        }
        var resourceDir = ClangLibrary.FindResourceDir(options.ResourceDirectory, diagnostics);
        if (resourceDir is null)
        {
            compilation.HasErrors = true;
            return compilation;
        }
        if (requests.Count > 0 && !ClangLibrary.SupportsInstantiationMembers)
        {
            diagnostics.Error(DiagnosticIds.LibclangTooOld, requests[0].Location,
                $"the libclang at '{ClangLibrary.LoadedPath}' lacks clang_visitCXXMethods (LLVM 21+), needed to instantiate templates: restore the libclang.runtime.linux-x64 package or pass --libclang");
            compilation.HasErrors = true;
            return compilation;
        }
        compilation.LibclangPath = ClangLibrary.LoadedPath ?? string.Empty;
        compilation.ClangVersion = Clang.ToManaged(ClangNative.clang_getClangVersion());

        var mainFile = Path.Combine(Path.GetTempPath(), "itkbindgen-main.cpp");
        var (mainText, requestLines) = BuildMainFile(compilation.InputFiles, sources, requests);
        compilation.InputFiles.AddRange(wrappedSources);
        var arguments = options.BuildArguments(resourceDir);
        var flags = CXTranslationUnitFlags.SkipFunctionBodies | CXTranslationUnitFlags.KeepGoing;
        if (options.RecordMacroExpansions)
        {
            flags |= CXTranslationUnitFlags.DetailedPreprocessingRecord;
        }

        var index = ClangNative.clang_createIndex(0, 0);
        try
        {
            var watch = Stopwatch.StartNew();
            var unit = ParseUnit(index, [(mainFile, mainText), .. sources.Select(s => (s.Path, s.Text))], arguments, flags, out var errorCode);
            compilation.ParseTime = watch.Elapsed;
            if (unit == 0)
            {
                diagnostics.Error(DiagnosticIds.ParseFailed, SourceLocation.None, $"libclang could not parse the headers (error code {errorCode})");
                compilation.HasErrors = true;
                return compilation;
            }
            try
            {
                watch.Restart();
                var translator = new ClangDiagnostics(mainFile, requestLines, requests);
                translator.Report(unit, diagnostics);
                var builder = new CppModelBuilder(unit, compilation, options, diagnostics, mainFile);
                builder.Build();
                builder.BuildInstantiations(requests, translator.FailedRequests);
                compilation.ModelTime = watch.Elapsed;
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
        compilation.HasErrors = diagnostics.Items.Count(d => d.Severity == Severity.Error) > errorsBefore;
        return compilation;
    }

    /// <summary>The unsaved main file; returns the 1-based line of each request.</summary>
    private static (string Text, int[] RequestLines) BuildMainFile(List<string> headers, List<CppSourceText> sources, List<CppInstantiationRequest> requests)
    {
        var text = new StringBuilder();
        var line = 1;
        void Add(string content)
        {
            text.Append(content).Append('\n');
            line++;
        }
        foreach (var source in sources.Where(s => !s.IsDeclarationsOnly))
        {
            Add($"#include \"{source.Path}\"");
        }
        // After the interface files' blocks, which may include the same headers: #import reads a header once, guards or not.
        var include = sources.Count > 0 ? "#import" : "#include";
        foreach (var header in headers)
        {
            Add($"{include} \"{header}\"");
        }
        var declarations = sources.Where(s => s.IsDeclarationsOnly).ToList();
        foreach (var source in declarations)
        {
            Add($"namespace {CppSourceText.DeclarationNamespace} {{");
            Add($"#include \"{source.Path}\"");
            Add("}");
        }
        var lines = new int[requests.Count];
        if (requests.Count > 0)
        {
            // Inside the declarations' namespace, a name the interface file declares is found before the real one.
            Add(declarations.Count > 0 ? $"namespace {CppSourceText.DeclarationNamespace} {{ namespace {ProbeNamespace} {{" : $"namespace {ProbeNamespace} {{");
            for (var i = 0; i < requests.Count; i++)
            {
                // One request per line, so a diagnostic on that line maps back to the request's own location.
                lines[i] = line;
                Add($"typedef {requests[i].Spelling} t{i}; static_assert(sizeof(t{i}) > 0, \"\");");
            }
            Add(declarations.Count > 0 ? "} }" : "}");
        }
        return (text.ToString(), lines);
    }

    private static unsafe nint ParseUnit(nint index, List<(string Path, string Text)> files, List<string> arguments, CXTranslationUnitFlags flags, out int errorCode)
    {
        var allocations = new List<nint>();
        try
        {
            byte* Utf8(string value)
            {
                var pointer = Marshal.StringToCoTaskMemUTF8(value);
                allocations.Add(pointer);
                return (byte*)pointer;
            }
            var argv = stackalloc byte*[arguments.Count];
            for (var i = 0; i < arguments.Count; i++)
            {
                argv[i] = Utf8(arguments[i]);
            }
            var unsaved = stackalloc CXUnsavedFile[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                var bytes = Encoding.UTF8.GetBytes(files[i].Text);
                var contents = Marshal.AllocCoTaskMem(Math.Max(1, bytes.Length));
                allocations.Add(contents);
                Marshal.Copy(bytes, 0, contents, bytes.Length);
                unsaved[i] = new CXUnsavedFile { Filename = Utf8(files[i].Path), Contents = (byte*)contents, Length = (nuint)bytes.Length };
            }
            nint unit;
            errorCode = ClangNative.clang_parseTranslationUnit2(index, Utf8(files[0].Path), argv, arguments.Count, unsaved, (uint)files.Count, (uint)flags, &unit);
            return errorCode == 0 ? unit : 0;
        }
        finally
        {
            foreach (var pointer in allocations)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }
}
