namespace ItkBindGen.Tests;

/// <summary>
/// Finds the repository from the test binaries, not from source paths: CI builds map source paths to
/// <c>/_/</c> (deterministic builds), so caller-file paths do not exist on disk there.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestsFolder => Path.Combine(Root, "tests", "Generator.Tests");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ItkBindGen.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No ItkBindGen.sln above {AppContext.BaseDirectory}.");
    }
}
