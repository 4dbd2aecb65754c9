namespace ItkBindGen.Docs.Tests;

/// <summary>The repository's docs/ folder, found from the test binaries (CI maps source paths to /_/).</summary>
internal static class DocsFolder
{
    public static string Root { get; } = FindRoot();

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>Every page of docs/ and the README, relative to the repository, in a fixed order.</summary>
    public static IReadOnlyList<string> Pages { get; } =
        [.. Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md"))
            .Select(p => Path.GetRelativePath(Root, p)).Order(StringComparer.Ordinal)];

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
