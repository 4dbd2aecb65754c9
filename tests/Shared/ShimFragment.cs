using System.Text.RegularExpressions;

namespace ItkBindGen.Tests.Compilation;

/// <summary>The shim sources a module's CMake fragment (<c>Module.cmake</c>) compiles, as a user's build does.</summary>
internal static partial class ShimFragment
{
    /// <summary>
    /// The full paths of the sources <paramref name="fragment"/> lists beside it: every unit, or, for a shim of one
    /// translation unit, the module's own source alone, which includes the others.
    /// </summary>
    public static IReadOnlyList<string> CompiledSources(string fragment) =>
        ListedSource().Matches(File.ReadAllText(fragment))
            .Select(m => Path.Combine(Path.GetDirectoryName(fragment)!, m.Groups[1].Value)).ToList();

    [GeneratedRegex("""\$\{CMAKE_CURRENT_LIST_DIR\}/([^"/]+\.cpp)""")]
    private static partial Regex ListedSource();
}
