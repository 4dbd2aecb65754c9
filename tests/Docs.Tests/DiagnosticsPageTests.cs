using System.Reflection;
using System.Text.RegularExpressions;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Docs.Tests;

/// <summary>docs/diagnostics.md has one section per ID the generator declares (DiagnosticIds), and none for others.</summary>
public sealed partial class DiagnosticsPageTests
{
    [Fact]
    public void EveryDeclaredIdHasASectionAndEverySectionADeclaredId()
    {
        var declared = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticId))
            .Select(f => ((DiagnosticId)f.GetValue(null)!).ToString()).ToHashSet(StringComparer.Ordinal);
        var page = File.ReadAllLines(Path.Combine(DocsFolder.Docs, "diagnostics.md"));
        var sections = page.Select(l => Section().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        Assert.True(declared.Count > 40, $"only {declared.Count} IDs found in DiagnosticIds");
        var undocumented = declared.Except(sections).Order(StringComparer.Ordinal).ToList();
        var unknown = sections.Except(declared).Order(StringComparer.Ordinal).ToList();
        var twice = sections.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(undocumented.Count == 0, "IDs declared in generator/Diagnostics/DiagnosticIds.cs without a '## IBGnnnn' section in docs/diagnostics.md: " + string.Join(", ", undocumented));
        Assert.True(unknown.Count == 0, "Sections of docs/diagnostics.md for IDs the generator does not declare: " + string.Join(", ", unknown));
        Assert.True(twice.Count == 0, "IDs with two sections in docs/diagnostics.md: " + string.Join(", ", twice));
    }

    /// <summary>Each section says what the ID means, shows an example and says what to do.</summary>
    [Fact]
    public void EverySectionHasAnExampleAndWhatToDo()
    {
        var text = File.ReadAllText(Path.Combine(DocsFolder.Docs, "diagnostics.md"));
        var parts = Regex.Split(text, @"^(?=## IBG\d{4})", RegexOptions.Multiline).Where(p => p.StartsWith("## IBG", StringComparison.Ordinal));
        foreach (var part in parts)
        {
            var id = part[3..10];
            Assert.True(part.Contains("Example", StringComparison.Ordinal), $"{id}: no example");
            Assert.True(part.Contains("What to do", StringComparison.Ordinal), $"{id}: no 'What to do'");
        }
    }

    [GeneratedRegex(@"^## (IBG\d{4})\b")]
    private static partial Regex Section();
}
