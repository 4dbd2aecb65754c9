using System.Text.RegularExpressions;

namespace ItkBindGen.Docs.Tests;

/// <summary>Every relative link of docs/ and the README names a file that exists, and a heading of it when it has an anchor.</summary>
public sealed partial class LinkTests
{
    [Fact]
    public void RelativeLinksAndAnchorsResolve()
    {
        var broken = new List<string>();
        var pages = DocsFolder.Pages.Concat(Directory.GetFiles(Path.Combine(DocsFolder.Root, "samples"), "README.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(DocsFolder.Root, p)));
        foreach (var page in pages)
        {
            var folder = Path.GetDirectoryName(Path.Combine(DocsFolder.Root, page))!;
            foreach (Match link in Link().Matches(File.ReadAllText(Path.Combine(DocsFolder.Root, page))))
            {
                var target = link.Groups[1].Value.Length == 0 ? Path.Combine(DocsFolder.Root, page) : Path.GetFullPath(Path.Combine(folder, link.Groups[1].Value));
                if (!File.Exists(target) && !Directory.Exists(target))
                {
                    broken.Add($"{page}: {link.Value} (no {Path.GetRelativePath(DocsFolder.Root, target)})");
                }
                else if (link.Groups[2].Success && !Anchors(target).Contains(link.Groups[2].Value))
                {
                    broken.Add($"{page}: {link.Value} (no heading #{link.Groups[2].Value})");
                }
            }
        }
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    // GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.
    private static HashSet<string> Anchors(string file) =>
        File.ReadAllLines(file).Where(l => l.StartsWith('#'))
            .Select(l => Regex.Replace(l.TrimStart('#').Trim().ToLowerInvariant(), @"[^\p{L}\p{N}\- _]", "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\]\((?!https?:)([^)#\s]*)(?:#([^)\s]+))?\)")]
    private static partial Regex Link();
}
