using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

internal static class ParsingTestSupport
{
    public const string ItkIncludeDir = "/usr/include/ITK-5.2";

    /// <summary>The Headers folder beside these tests (the test project copies no content).</summary>
    public static string HeadersDir { get; } = Path.Combine(RepositoryPaths.TestsFolder, "Parsing", "Headers");

    /// <summary>Writes a header into a fresh temporary folder and returns its path.</summary>
    public static string WriteTempHeader(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "itkbindgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static (CppCompilation Compilation, DiagnosticBag Diagnostics) Parse(string header, params string[] instantiations) =>
        Parse([header], [], instantiations);

    public static (CppCompilation Compilation, DiagnosticBag Diagnostics) Parse(string[] headers, string[] includeDirs, string[] instantiations)
    {
        var options = new CppParserOptions();
        options.IncludeFolders.AddRange(includeDirs);
        var diagnostics = new DiagnosticBag();
        var compilation = CppParser.Parse(headers, options, instantiations, diagnostics);
        return (compilation, diagnostics);
    }

    public static string Describe(DiagnosticBag diagnostics) => string.Join("\n", diagnostics.Items);

    /// <summary>The class and its first bases, most derived first, as far as they were resolved.</summary>
    public static List<string> BaseChain(CppClass? cls)
    {
        var chain = new List<string>();
        for (; cls is not null; cls = cls.BaseTypes.FirstOrDefault()?.Class)
        {
            chain.Add(cls.FullName);
        }
        return chain;
    }

    public static CppFunction Single(IEnumerable<CppFunction> functions, string name) => Assert.Single(functions, f => f.Name == name);
}

/// <summary>A fact that runs only when ITK 5.2's headers are installed, and says why it was skipped otherwise.</summary>
public sealed class ItkFactAttribute : FactAttribute
{
    public ItkFactAttribute()
    {
        if (!Directory.Exists(ParsingTestSupport.ItkIncludeDir))
        {
            Skip = $"ITK 5.2 headers are not installed at {ParsingTestSupport.ItkIncludeDir} (Debian package libinsighttoolkit5-dev)";
        }
    }
}
