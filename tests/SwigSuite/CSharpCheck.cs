using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ItkBindGen.SwigSuite;

/// <summary>
/// Compiles a module's generated C# in this process, as a project would: against .NET's reference assemblies and
/// the ItkBindGen runtime, with the SDK's LibraryImport source generator and unsafe code allowed, at the SDK's warning level.
/// </summary>
internal sealed class CSharpCheck
{
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<ISourceGenerator> _generators;
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);

    private CSharpCheck(ImmutableArray<MetadataReference> references, ImmutableArray<ISourceGenerator> generators)
    {
        _references = references;
        _generators = generators;
    }

    /// <summary>Finds the reference assemblies and the generator of the .NET this program runs on.</summary>
    public static CSharpCheck Create()
    {
        var version = Environment.Version.ToString(3);
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version);
        var referenceFolder = Path.Combine(pack, "ref", $"net{Environment.Version.Major}.{Environment.Version.Minor}");
        if (!Directory.Exists(referenceFolder))
        {
            throw new InvalidOperationException($"the .NET reference assemblies are not at {referenceFolder}; install the .NET {version} SDK");
        }
        var references = Directory.GetFiles(referenceFolder, "*.dll")
            .Append(typeof(Runtime.BindingLock).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        var generatorPath = Path.Combine(pack, "analyzers", "dotnet", "cs", "Microsoft.Interop.LibraryImportGenerator.dll");
        var generatorAssembly = Assembly.LoadFrom(generatorPath);
        var generators = LoadableTypes(generatorAssembly)
            .Where(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
            .ToImmutableArray();
        return new CSharpCheck(references, generators);
    }

    // The generator's assembly also holds code fixes, whose Workspaces dependency is not needed (nor present) here.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    /// <summary>The first errors and warnings of compiling every .cs file of <paramref name="folders"/> into one assembly; no errors when it compiles.</summary>
    public (List<string> Errors, List<string> Warnings) Compile(IReadOnlyList<string> folders, string assemblyName)
    {
        var trees = folders.SelectMany(folder => Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), _parseOptions, path))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999);
        var compilation = CSharpCompilation.Create(assemblyName, trees, _references, options);
        CSharpGeneratorDriver.Create(_generators, parseOptions: _parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var all = generatorDiagnostics.Concat(generated.GetDiagnostics()).ToList();
        List<string> First(DiagnosticSeverity severity) => all.Where(d => d.Severity == severity).Take(3).Select(d => d.ToString()).ToList();
        return (First(DiagnosticSeverity.Error), First(DiagnosticSeverity.Warning));
    }
}
