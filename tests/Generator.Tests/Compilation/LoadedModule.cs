using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ItkBindGen.Tests.Compilation;

/// <summary>
/// A generated module built and loaded in this process, to be called: its shim linked by g++ into <c>lib{Module}.so</c>
/// (with the native core's exception classes), its C# compiled by Roslyn and loaded in a collectible context that
/// resolves the module's library to that file.
/// </summary>
internal sealed class LoadedModule : AssemblyLoadContext, IDisposable
{
    private readonly string _library;

    private LoadedModule(string library) : base(isCollectible: true) => _library = library;

    public Assembly Assembly { get; private set; } = null!;

    /// <summary>The sources the module's CMake fragment compiles, at least one.</summary>
    public static IReadOnlyList<string> CompiledSources(string module, string nativeFolder)
    {
        var sources = ShimFragment.CompiledSources(Path.Combine(nativeFolder, module + ".cmake"));
        Assert.NotEmpty(sources);
        return sources;
    }

    /// <summary>Builds the output of a run whose C# is in <paramref name="csFolder"/> and shim in <paramref name="nativeFolder"/>.</summary>
    public static LoadedModule Build(string module, string csFolder, string nativeFolder)
    {
        var library = Path.Combine(nativeFolder, $"lib{module}.so");
        string[] arguments =
        [
            "-std=c++17", "-shared", "-fPIC", "-O0", "-o", library, "-I", nativeFolder,
            "-I", Path.Combine(RepositoryPaths.Root, "native", "include"), "-I", Path.Combine(RepositoryPaths.Root, "native", "shim", "include"),
            .. CompiledSources(module, nativeFolder),
            Path.Combine(RepositoryPaths.Root, "native", "src", "itkExceptionObject.cxx"),
        ];
        using (var compiler = Process.Start(new ProcessStartInfo("g++", arguments) { RedirectStandardError = true })!)
        {
            var errors = compiler.StandardError.ReadToEnd();
            Assert.True(compiler.WaitForExit(TimeSpan.FromMinutes(2)), "g++ did not finish in two minutes");
            Assert.True(compiler.ExitCode == 0, errors);
        }
        var trees = Directory.GetFiles(csFolder, "*.cs").Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f)).ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create(module + "Run" + Guid.NewGuid().ToString("N"), trees, CompilerSdk.References, options);
        CSharpGeneratorDriver.Create(CompilerSdk.Generators, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var loaded = new LoadedModule(library);
        loaded.Assembly = loaded.LoadFromStream(image);
        return loaded;
    }

    /// <summary>A type of the module by its full C# name.</summary>
    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    // The runtime and the framework come from the test's own context.
    protected override Assembly? Load(AssemblyName assemblyName) => null;

    protected override nint LoadUnmanagedDll(string unmanagedDllName) => LoadUnmanagedDllFromPath(_library);

    public void Dispose() => Unload();
}
