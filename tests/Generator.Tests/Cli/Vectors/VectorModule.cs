using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Cli.Vectors;

/// <summary>
/// Vectors.i generated with <c>-threads</c>, its shim compiled into a library with g++, its C# built with a program
/// (VectorProgram.cs.txt) that uses the collections and prints one <c>key=value</c> line per check; made and run once.
/// </summary>
public sealed class VectorModule : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

    private readonly string _root = Directory.CreateTempSubdirectory("ibg-vectors-").FullName;

    public VectorModule()
    {
        var source = Path.Combine(RepositoryPaths.TestsFolder, "Cli", "Vectors");
        var input = Path.Combine(_root, "Vectors.i");
        File.Copy(Path.Combine(source, "Vectors.i"), input);
        var stderr = new StringWriter();
        GenerateExit = CommandLine.Run([input, "-threads", "-outdir", Path.Combine(_root, "cs"), "-o", Path.Combine(_root, "native", "M_wrap.cpp")], TextWriter.Null, stderr);
        GenerateErrors = stderr.ToString();
        if (GenerateExit != CommandLine.Ok)
        {
            return;
        }
        CSharp = string.Concat(Directory.GetFiles(Path.Combine(_root, "cs"), "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var native = Path.Combine(_root, "native");
        var core = Path.Combine(RepositoryPaths.Root, "native");
        // The shim and the two core sources a module without ITK objects needs (the exception types its catch names).
        Steps.Add(Run("g++", ["-std=c++17", "-shared", "-fPIC", "-O0", "-Wall", "-Werror", "-I", native, "-I", Path.Combine(core, "include"),
            .. LoadedModule.CompiledSources("M", native),
            Path.Combine(core, "src", "itkExceptionObject.cxx"), Path.Combine(core, "src", "itkLightObject.cxx"), "-o", Path.Combine(native, "libM.so")]));
        var app = Path.Combine(_root, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "App.csproj"), Project());
        File.Copy(Path.Combine(source, "VectorProgram.cs.txt"), Path.Combine(app, "Program.cs"));
        Steps.Add(Run("dotnet", ["build", Path.Combine(app, "App.csproj"), "-c", Configuration, "-p:BuildProjectReferences=false", "-nologo", "-v", "q"]));
        if (Steps.All(s => s.ExitCode == 0))
        {
            var run = Run("dotnet", [Path.Combine(app, "bin", Configuration, "net10.0", "App.dll")], ("LD_LIBRARY_PATH", native));
            Steps.Add(run);
            Results = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('=', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1].TrimEnd('\r'), StringComparer.Ordinal);
        }
    }

    public int GenerateExit { get; }

    public string GenerateErrors { get; }

    /// <summary>All generated C#, in file-name order.</summary>
    public string CSharp { get; } = string.Empty;

    /// <summary>The native compile, the C# build and the run: each command with its exit code and output.</summary>
    public List<(string Command, int ExitCode, string Output)> Steps { get; } = [];

    /// <summary>What the program printed, by key.</summary>
    public IReadOnlyDictionary<string, string> Results { get; } = new Dictionary<string, string>();

    /// <summary>Why the module is not usable, or null when every step succeeded.</summary>
    public string? Failure => GenerateExit != CommandLine.Ok ? GenerateErrors
        : Steps.FirstOrDefault(s => s.ExitCode != 0) is { Command: not null } failed ? $"{failed.Command}: exit {failed.ExitCode}\n{failed.Output}" : null;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Project() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <ImplicitUsings>disable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <Compile Include="../cs/*.cs" />
            <ProjectReference Include="{Path.Combine(RepositoryPaths.Root, "runtime", "ItkBindGen.Runtime.csproj")}" />
          </ItemGroup>
        </Project>
        """;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static (string Command, int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, params (string Name, string Value)[] environment)
    {
        var (exitCode, output) = Commands.Run(program, arguments, StepTimeout, environment);
        return (program, exitCode, output);
    }
}
