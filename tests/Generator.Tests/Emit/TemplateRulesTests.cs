using System.Text.RegularExpressions;

namespace ItkBindGen.Tests.Emit;

/// <summary>
/// Templates only lay out text: marshalling and lock policy are decided in the binding model, so no template
/// may test a type kind or a thread flag, or write a lock scope itself.
/// </summary>
public sealed partial class TemplateRulesTests
{
    private static readonly string Templates = Path.Combine(RepositoryPaths.Root, "templates");

    // Model members that carry decisions the templates must not remake.
    private static readonly string[] DecisionMembers =
    [
        "Kind", "ReleasesLock", "Lock", "Threads", "Target", "CanCallBack", "IsSmartPointer", "Marshaller", "ReturnMarshaller", "Passing", "Uses",
        "Ownership", "IsVoid", "ReturnsValue", "IsStaticOnly", "Access", "Default",
    ];

    public static TheoryData<string> TemplateFiles() =>
        new(Directory.GetFiles(Templates, "*.sbn*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Templates, f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Scriban_code_reads_no_decision_member(string file)
    {
        var text = File.ReadAllText(Path.Combine(Templates, file));
        var offending = ScribanBlocks().Matches(text)
            .SelectMany(block => Words().Matches(block.Groups[1].Value).Select(w => w.Value))
            .Where(word => DecisionMembers.Contains(word))
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, $"{file} decides by {string.Join(", ", offending)}; decide in generator/Binding and give the template the result");
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void Lock_scopes_come_only_from_the_model(string file)
    {
        var text = ScribanBlocks().Replace(File.ReadAllText(Path.Combine(Templates, file)), string.Empty);
        Assert.DoesNotContain("BindingLock.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NativeCall.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_catch_a_kind_test()
    {
        var block = ScribanBlocks().Match("x {{~ if p.Type.Kind == \"Bool\" ~}} y");
        Assert.Contains("Kind", Words().Matches(block.Groups[1].Value).Select(w => w.Value));
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex ScribanBlocks();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Words();
}
