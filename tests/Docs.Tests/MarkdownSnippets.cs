using System.Text.RegularExpressions;

namespace ItkBindGen.Docs.Tests;

/// <summary>Reads the fenced code blocks of the Markdown pages; a skip marker without a reason is an error.</summary>
internal static partial class MarkdownSnippets
{
    public static IReadOnlyList<Snippet> Of(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(DocsFolder.Root, page));
        var snippets = new List<Snippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }
            var start = i;
            var indent = open.Groups[1].Value.Length;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                // A block inside a list item is indented as the item; its text is not.
                body.Add(lines[i].Length >= indent && string.IsNullOrWhiteSpace(lines[i][..indent]) ? lines[i][indent..] : lines[i].TrimStart());
            }
            if (i == lines.Length)
            {
                throw new InvalidDataException($"{page}:{start + 1}: the code block is not closed");
            }
            snippets.Add(new Snippet(page, start + 1, open.Groups[2].Value, string.Join("\n", body) + "\n", SkipReason(page, lines, start)));
        }
        return snippets;
    }

    public static IEnumerable<Snippet> All(params string[] languages) =>
        DocsFolder.Pages.SelectMany(Of).Where(s => languages.Contains(s.Language, StringComparer.Ordinal));

    // The marker stands on the line above the fence; a marker that gives no reason does not count as one.
    private static string? SkipReason(string page, string[] lines, int fence)
    {
        if (fence == 0 || !lines[fence - 1].Contains("snippet:", StringComparison.Ordinal))
        {
            return null;
        }
        var marker = Marker().Match(lines[fence - 1]);
        if (!marker.Success || string.IsNullOrWhiteSpace(marker.Groups[1].Value))
        {
            throw new InvalidDataException($"{page}:{fence}: a snippet marker must read <!-- snippet: skip; reason: <why> -->");
        }
        return marker.Groups[1].Value.Trim();
    }

    [GeneratedRegex(@"^( *)```([a-z]+)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"snippet:\s*skip;\s*reason:(.*?)-->")]
    private static partial Regex Marker();
}
