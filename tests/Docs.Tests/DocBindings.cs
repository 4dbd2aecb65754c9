using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;
using ItkBindGen.Tests.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ItkBindGen.Docs.Tests;

/// <summary>
/// What the docs' C# snippets compile against: the bindings of native/bindings/ItkCore.i with -threads in namespace
/// <c>ItkCore</c>, generated and compiled once, in process, as an in-memory assembly.
/// </summary>
internal static class DocBindings
{
    public const string Namespace = "ItkCore";

    private static readonly Lazy<MetadataReference> Assembly = new(Build);

    public static MetadataReference Reference => Assembly.Value;

    private static MetadataReference Build()
    {
        var output = Path.Combine(Path.GetTempPath(), "itkbindgen-docs");
        var settings = new GenerateSettings
        {
            InterfaceFiles = [Path.Combine(DocsFolder.Root, "native", "bindings", "ItkCore.i")],
            Headers = [],
            Threads = true,
            Namespace = Namespace,
            OutputDirectory = Path.Combine(output, "cs"),
            ShimPath = Path.Combine(output, "native", "ItkCore_wrap.cpp"),
            IncludeDirs = [Path.Combine(DocsFolder.Root, "native", "include")],
        };
        var diagnostics = new DiagnosticBag();
        var module = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var files = new BindingEmitter(new TemplateSet(), diagnostics).Emit(module, settings.OutputDirectory, settings.ShimPath);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        }
        var trees = files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(f.Content, SnippetCompiler.ParseOptions, f.Path));
        var compilation = CSharpCompilation.Create("ItkCore", trees, CompilerSdk.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(CompilerSdk.Generators, parseOptions: SnippetCompiler.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var withInterop, out _);
        using var image = new MemoryStream();
        var result = withInterop.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The ItkCore bindings do not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
