using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Snapshots;

/// <summary>
/// One small snapshot a marshalling kind: the C# proxy and the shim unit of a class whose members use that kind,
/// so a change to one marshaller shows as a diff of its own case. The shims must also compile.
/// </summary>
public sealed class MarshallingKindSnapshotTests
{
    private static readonly string Kinds = Path.Combine(RepositoryPaths.TestsFolder, "Snapshots", "Kinds");

    private static readonly Lazy<IReadOnlyList<GeneratedFile>> Files = new(Generate);

    [Theory]
    [InlineData("Scalars")]
    [InlineData("Strings")]
    [InlineData("Arrays")]
    [InlineData("Regions")]
    [InlineData("References")]
    [InlineData("Pointers")]
    [InlineData("Streams")]
    [InlineData("Kernel2")]
    [InlineData("Kernels")]
    public void Kind(string className)
    {
        var produced = Files.Value
            .Where(f => Path.GetFileName(f.Path) is var name && (name == className + ".cs" || name == $"Kinds_wrap.{className}.cpp"))
            .ToDictionary(f => Path.GetFileName(f.Path), f => f.Content, StringComparer.Ordinal);
        Assert.Equal(2, produced.Count);
        var problems = GoldenFiles.Verify("Kinds." + className, produced);
        Assert.True(problems.Count == 0, "Generated output changed; review the .received files and accept them with ITKBINDGEN_ACCEPT=1:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_csharp_compiles()
    {
        var errors = GeneratedCode.CSharpErrors(Files.Value);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_shims_compile()
    {
        var folder = Directory.CreateTempSubdirectory("itkbindgen-kinds-").FullName;
        try
        {
            foreach (var file in Files.Value.Where(f => !f.Path.EndsWith(".cs", StringComparison.Ordinal)))
            {
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(file.Path)), file.Content);
            }
            string[] arguments =
            [
                "-std=c++17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-I", folder, "-I", Kinds,
                "-I", Path.Combine(RepositoryPaths.Root, "native", "include"), "-I", Path.Combine(RepositoryPaths.Root, "native", "shim", "include"),
                .. Directory.GetFiles(folder, "*.cpp").Order(StringComparer.Ordinal),
            ];
            using var compiler = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("g++", arguments) { RedirectStandardError = true })!;
            var errors = compiler.StandardError.ReadToEnd();
            compiler.WaitForExit();
            Assert.True(compiler.ExitCode == 0, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IReadOnlyList<GeneratedFile> Generate()
    {
        var output = Path.Combine(Path.GetTempPath(), "itkbindgen-kinds");
        var settings = new GenerateSettings
        {
            InterfaceFiles = [Path.Combine(Kinds, "MarshallingKinds.i")],
            Headers = [],
            Threads = true,
            OutputDirectory = Path.Combine(output, "cs"),
            ShimPath = Path.Combine(output, "native", "Kinds_wrap.cpp"),
            IncludeDirs = [Kinds, Path.Combine(RepositoryPaths.Root, "native", "include")],
            MaximumShimUnits = 64,
        };
        var diagnostics = new DiagnosticBag();
        var module = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.DoesNotContain(diagnostics.Items, d => d.Id == DiagnosticIds.MemberNotWrapped);
        var files = new BindingEmitter(new TemplateSet(), diagnostics).Emit(module!, settings.OutputDirectory, settings.ShimPath);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return files;
    }
}
