using ItkBindGen.Tests.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ItkBindGen.Docs.Tests;

/// <summary>
/// Compiles one C# snippet as a user's project would (the SDK's reference assemblies, the runtime, the ItkCore bindings;
/// implicit usings of a console app, nullable on, warnings as errors) and returns its errors. A snippet with top-level
/// statements is a program, any other a library.
/// </summary>
internal static class SnippetCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // What <ImplicitUsings>enable</ImplicitUsings> gives a console project.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static IReadOnlyList<string> Errors(Snippet snippet)
    {
        var tree = CSharpSyntaxTree.ParseText(snippet.TextAtPageLines, ParseOptions, snippet.Page);
        var isProgram = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error);
        var compilation = CSharpCompilation.Create("Snippet", [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions)],
            [.. CompilerSdk.References, DocBindings.Reference], options);
        // Unused implicit usings are hidden diagnostics, never errors; everything else a build reports counts.
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }
}
