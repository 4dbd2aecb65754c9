using System.Text.Json;

namespace ItkBindGen.SwigSuite;

/// <summary>
/// The output folders of the modules that generated, by module name (from each folder's report), so that a module's C#
/// can be compiled with that of the modules it <c>%import</c>s: its proxies derive from and take theirs, and a user
/// builds modules that import each other into one assembly (SWIG's own multi-module tests compile them together too).
/// </summary>
internal sealed class ModuleFolders(IReadOnlyDictionary<string, string> byModule)
{
    private const string Report = "report.json";

    /// <summary>The modules the module generated into <paramref name="folder"/> imports, directly or through another.</summary>
    public static IReadOnlyList<string> ImportsOf(string folder)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, Report)));
        return report.RootElement.GetProperty("imports").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>
    /// The modules generated into <paramref name="folders"/>; where two files declare one module, the folder named after
    /// it (a file named so) is the one an import reads.
    /// </summary>
    public static ModuleFolders Of(IEnumerable<string> folders)
    {
        var byModule = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, Report)));
            var module = report.RootElement.GetProperty("module").GetString()!;
            if (!byModule.ContainsKey(module) || Path.GetFileName(folder) == module)
            {
                byModule[module] = folder;
            }
        }
        return new ModuleFolders(byModule);
    }

    /// <summary>The folders of <paramref name="modules"/>; null, with the first one missing, when one did not generate.</summary>
    public IReadOnlyList<string>? FoldersOf(IReadOnlyList<string> modules, out string? missing)
    {
        missing = modules.FirstOrDefault(m => !byModule.ContainsKey(m));
        return missing is null ? modules.Select(m => byModule[m]).ToList() : null;
    }
}
