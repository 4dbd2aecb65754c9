using System.Diagnostics;
using ItkBindGen.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ItkBindGen.Tests.Compilation;

/// <summary>
/// Compiles generated output as a user's build would: the C# with Roslyn in process (the SDK's reference assemblies,
/// its LibraryImport generator, the runtime; nullable on, warnings as errors), the shim with <c>g++ -fsyntax-only</c>.
/// Each returns the errors, none when the code compiles.
/// </summary>
internal static class GeneratedCode
{
    public static IReadOnlyList<string> CSharpErrors(IEnumerable<GeneratedFile> files)
    {
        var trees = files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(f.Content, new CSharpParseOptions(LanguageVersion.Latest), f.Path)).ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error);
        var compilation = CSharpCompilation.Create("Generated", trees, CompilerSdk.References, options);
        CSharpGeneratorDriver.Create(CompilerSdk.Generators, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString()).ToList();
    }

    /// <summary>The shim's sources checked with g++ against the native core (or <paramref name="includeDirs"/>), warnings as errors.</summary>
    public static string? CppErrors(IEnumerable<GeneratedFile> files, params string[] includeDirs)
    {
        var folder = Directory.CreateTempSubdirectory("itkbindgen-shim-").FullName;
        try
        {
            foreach (var file in files.Where(f => !f.Path.EndsWith(".cs", StringComparison.Ordinal)))
            {
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(file.Path)), file.Content);
            }
            string[] arguments =
            [
                "-std=c++17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-I", folder,
                .. includeDirs.SelectMany(d => new[] { "-I", d }),
                "-I", Path.Combine(RepositoryPaths.Root, "native", "include"), "-I", Path.Combine(RepositoryPaths.Root, "native", "shim", "include"),
                .. Directory.GetFiles(folder, "*.cpp").Order(StringComparer.Ordinal),
            ];
            using var compiler = Process.Start(new ProcessStartInfo("g++", arguments) { RedirectStandardError = true })!;
            var errors = compiler.StandardError.ReadToEnd();
            compiler.WaitForExit();
            return compiler.ExitCode == 0 ? null : errors;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
