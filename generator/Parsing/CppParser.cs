using System.Diagnostics;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Building;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing;

/// <summary>
/// Parses headers with libclang into a <see cref="CppCompilation"/>. All headers and all instantiation requests go
/// into one translation unit: an unsaved main file includes the headers and forces each requested class complete
/// (<c>static_assert(sizeof(T) &gt; 0)</c> through a typedef), so its members can be walked with every type substituted.
/// Member function templates, which libclang cannot instantiate, take a second parse of the same main file plus one
/// probe per overload (<see cref="MemberTemplateProbe"/>); it happens only when one is requested.
/// Errors go to the diagnostic bag; a parse with errors still returns what could be modeled.
/// </summary>
public static partial class CppParser
{
    internal const string ProbeNamespace = "__itkbindgen_probe";

    public static CppCompilation Parse(IEnumerable<string> headers, CppParserOptions options, DiagnosticBag diagnostics) =>
        Parse(headers, options, Array.Empty<CppInstantiationRequest>(), diagnostics);

    public static CppCompilation Parse(IEnumerable<string> headers, CppParserOptions options, IEnumerable<string> instantiations, DiagnosticBag diagnostics) =>
        Parse(headers, options, instantiations.Select(i => new CppInstantiationRequest(i)), diagnostics);

    public static CppCompilation Parse(IEnumerable<string> headers, CppParserOptions options, IEnumerable<CppInstantiationRequest> instantiations, DiagnosticBag diagnostics) =>
        Parse(headers, options, instantiations, [], diagnostics);

    /// <summary>
    /// Parses the headers, instantiates the class requests and the member template requests. A class request spelled
    /// <c>Scope::member&lt;Args&gt;</c> that is not a type, but whose scope is a class with a public member template of that
    /// name, is served as a member template request (SWIG's <c>%template(Name) Class::member&lt;Args&gt;;</c>).
    /// </summary>
    public static CppCompilation Parse(IEnumerable<string> headers, CppParserOptions options, IEnumerable<CppInstantiationRequest> instantiations,
        IEnumerable<CppMemberTemplateRequest> memberTemplates, DiagnosticBag diagnostics)
    {
        var compilation = new CppCompilation();
        var requests = instantiations.ToList();
        var memberRequests = memberTemplates.ToList();
        var errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);
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
        if (requests.Count + memberRequests.Count > 0 && !ClangLibrary.SupportsInstantiationMembers)
        {
            diagnostics.Error(DiagnosticIds.LibclangTooOld, requests.Select(r => r.Location).Concat(memberRequests.Select(r => r.Location)).First(),
                $"the libclang at '{ClangLibrary.LoadedPath}' lacks clang_visitCXXMethods (LLVM 21+), needed to instantiate templates: restore the libclang.runtime.linux-x64 package or pass --libclang");
            compilation.HasErrors = true;
            return compilation;
        }
        compilation.LibclangPath = ClangLibrary.LoadedPath ?? string.Empty;
        compilation.ClangVersion = Clang.ToManaged(ClangNative.clang_getClangVersion());

        var session = new ParseSession(compilation, options, diagnostics, options.BuildArguments(resourceDir));
        session.Run(requests, memberRequests);
        compilation.HasErrors = diagnostics.Items.Count(d => d.Severity == Severity.Error) > errorsBefore;
        return compilation;
    }

    /// <summary>One parse, and the second one for member templates when any is requested, over one libclang index.</summary>
    // A std:: name not already qualified from the global scope (::std::) or nested in another name (my::std::).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w:])std::")]
    private static partial System.Text.RegularExpressions.Regex StandardNames();

    private sealed class ParseSession(CppCompilation compilation, CppParserOptions options, DiagnosticBag diagnostics, List<string> arguments)
    {
        private readonly string _mainFile = Path.Combine(Path.GetTempPath(), "itkbindgen-main.cpp");

        public void Run(List<CppInstantiationRequest> requests, List<CppMemberTemplateRequest> memberRequests)
        {
            // A request that may name a member template keeps its errors until the parse says which it is.
            var mayNameMember = new Dictionary<int, CppMemberTemplateRequest>();
            for (var i = 0; i < requests.Count; i++)
            {
                if (CppMemberTemplateRequest.FromSpelling(requests[i].Spelling, requests[i].Location) is { } member)
                {
                    mayNameMember[i] = member;
                }
            }
            var main = BuildMainFile(requests, mayNameMember, memberRequests);
            // What the interface files' own C++ declares is modeled like a header's, where it is wrapped.
            compilation.InputFiles.AddRange(options.SourceTexts.Where(s => s.IsWrapped).Select(s => s.Path));
            var translator = new ClangDiagnostics(_mainFile, main, requests, memberRequests, mayNameMember.Keys.ToHashSet());
            var flags = CXTranslationUnitFlags.SkipFunctionBodies | CXTranslationUnitFlags.KeepGoing;
            if (options.RecordMacroExpansions)
            {
                flags |= CXTranslationUnitFlags.DetailedPreprocessingRecord;
            }
            var index = ClangNative.clang_createIndex(0, 0);
            try
            {
                var probes = new List<MemberTemplateProbe>();
                var watch = Stopwatch.StartNew();
                var parsed = WithUnit(index, main.Text, flags, unit =>
                {
                    compilation.ParseTime = watch.Elapsed;
                    watch.Restart();
                    translator.Report(unit, diagnostics);
                    var builder = new CppModelBuilder(unit, compilation, options, diagnostics, _mainFile);
                    builder.Build();
                    var members = builder.BuildInstantiations(requests, mayNameMember, translator);
                    members.AddRange(builder.ResolveMemberClasses(memberRequests, translator));
                    probes = builder.PlanMemberTemplates(members);
                    builder.AddUsedTypedefs();
                    compilation.ModelTime = watch.Elapsed;
                });
                if (!parsed || probes.Count == 0)
                {
                    return;
                }
                foreach (var probe in probes)
                {
                    probe.WriteTo(main);
                }
                watch.Restart();
                // Macro expansions only name the macros of header members, which the first parse has modeled.
                WithUnit(index, main.Text, flags & ~CXTranslationUnitFlags.DetailedPreprocessingRecord, unit =>
                {
                    compilation.MemberTemplateParseTime = watch.Elapsed;
                    translator.Report(unit, diagnostics);
                    new CppModelBuilder(unit, compilation, options, diagnostics, _mainFile).BuildMemberInstantiations(probes, translator);
                });
            }
            finally
            {
                ClangNative.clang_disposeIndex(index);
            }
        }

        private bool WithUnit(nint index, string text, CXTranslationUnitFlags flags, Action<nint> use)
        {
            var unit = ClangTranslationUnit.Parse(index, [(_mainFile, text), .. options.SourceTexts.Select(s => (s.Path, s.Text))], arguments, flags, out var errorCode);
            if (unit == 0)
            {
                diagnostics.Error(DiagnosticIds.ParseFailed, SourceLocation.None, $"libclang could not parse the headers (error code {errorCode})");
                return false;
            }
            try
            {
                use(unit);
                return true;
            }
            finally
            {
                ClangNative.clang_disposeTranslationUnit(unit);
            }
        }

        /// <summary>
        /// The includes, then in the probe namespace one line a request: its type (<c>t0</c>); the scope of one that may name a
        /// member template, when only a type can be spelled so (<c>u0</c>); the class of each member template request (<c>m0</c>).
        /// </summary>
        private MainFile BuildMainFile(List<CppInstantiationRequest> requests, Dictionary<int, CppMemberTemplateRequest> mayNameMember, List<CppMemberTemplateRequest> memberRequests)
        {
            var main = new MainFile();
            var sources = options.SourceTexts;
            foreach (var source in sources.Where(s => !s.IsDeclarationsOnly))
            {
                main.Append($"#include \"{source.Path}\"");
            }
            // After the interface files' blocks, which may include the same headers: #import reads a header once, guards or not.
            var include = sources.Count > 0 ? "#import" : "#include";
            foreach (var header in compilation.InputFiles)
            {
                main.Append($"{include} \"{header}\"");
            }
            var declarations = sources.Where(s => s.IsDeclarationsOnly).ToList();
            foreach (var source in declarations)
            {
                main.Append($"namespace {CppSourceText.DeclarationNamespace} {{");
                main.Append($"#include \"{source.Path}\"");
                main.Append("}");
            }
            if (requests.Count + memberRequests.Count == 0)
            {
                return main;
            }
            // Inside the declarations' namespace, a name the interface file declares is found before the real one.
            main.Append(declarations.Count > 0 ? $"namespace {CppSourceText.DeclarationNamespace} {{ namespace {ProbeNamespace} {{" : $"namespace {ProbeNamespace} {{");
            for (var i = 0; i < requests.Count; i++)
            {
                main.Append(Complete($"t{i}", requests[i].Spelling), MainFileLine.ClassRequest, i);
                // A scope with template arguments is a class (never a namespace), so naming it cannot raise a false error.
                if (mayNameMember.TryGetValue(i, out var member) && member.ClassSpelling.Contains('<'))
                {
                    main.Append(Complete($"u{i}", member.ClassSpelling), MainFileLine.RequestScope, i);
                }
            }
            for (var i = 0; i < memberRequests.Count; i++)
            {
                main.Append(Complete($"m{i}", memberRequests[i].ClassSpelling), MainFileLine.MemberClass, i);
            }
            main.Append(declarations.Count > 0 ? "} }" : "}");
            return main;
        }

        // The standard library's names are the real ones even inside the declarations' namespace, where an interface
        // file's 'namespace std { %template(...) vector<int>; }' leaves a namespace std of its own.
        private static string Complete(string name, string type) =>
            $"typedef {StandardNames().Replace(type, "::std::")} {name}; static_assert(sizeof({name}) > 0, \"\");";
    }
}
