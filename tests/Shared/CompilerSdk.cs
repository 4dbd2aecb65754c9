using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ItkBindGen.Tests.Compilation;

/// <summary>
/// What an in-process Roslyn compilation needs to compile as a user's build: the reference pack of the runtime the test
/// runs on, the SDK's LibraryImport generator, and the bindings' runtime. Loaded once.
/// </summary>
internal static class CompilerSdk
{
    private static readonly Lazy<(IReadOnlyList<MetadataReference> References, ISourceGenerator[] Generators)> Loaded = new(Load);

    public static IReadOnlyList<MetadataReference> References => Loaded.Value.References;

    public static ISourceGenerator[] Generators => Loaded.Value.Generators;

    private static (IReadOnlyList<MetadataReference>, ISourceGenerator[]) Load()
    {
        var version = Environment.Version;
        var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.GetDirectories(packs, $"{version.Major}.{version.Minor}.*").Order(StringComparer.Ordinal).Last();
        var references = Directory.GetFiles(Path.Combine(pack, "ref", $"net{version.Major}.{version.Minor}"), "*.dll")
            .Append(typeof(ItkBindGen.Runtime.NativeObject).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
        var analyzer = Assembly.LoadFrom(Path.Combine(pack, "analyzers", "dotnet", "cs", "Microsoft.Interop.LibraryImportGenerator.dll"));
        var generator = (IIncrementalGenerator)Activator.CreateInstance(analyzer.GetType("Microsoft.Interop.LibraryImportGenerator", throwOnError: true)!)!;
        return (references, [generator.AsSourceGenerator()]);
    }
}
