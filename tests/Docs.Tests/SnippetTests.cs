using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Docs.Tests;

/// <summary>
/// Every ```csharp block of docs/ and the README compiles against the ItkCore bindings; every ```swig block (an
/// interface file) reads without errors through the generator's interface parser. A block is left out only with an
/// explicit reason (<c>&lt;!-- snippet: skip; reason: ... --&gt;</c> on the line above it).
/// </summary>
public sealed class SnippetTests
{
    public static TheoryData<string> CSharpSnippets() => Names("csharp");

    public static TheoryData<string> InterfaceSnippets() => Names("swig");

    [Theory]
    [MemberData(nameof(CSharpSnippets))]
    public void CSharpSnippetCompiles(string snippet)
    {
        var errors = SnippetCompiler.Errors(Find(snippet));
        Assert.True(errors.Count == 0, $"{snippet} does not compile:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(InterfaceSnippets))]
    public void InterfaceSnippetParses(string snippet)
    {
        var found = Find(snippet);
        var diagnostics = new DiagnosticBag();
        // %import and %include of .i files are looked up where the repository keeps its modules.
        string[] includeDirs = [Path.Combine(DocsFolder.Root, "tests", "Shared", "modules"), Path.Combine(DocsFolder.Root, "native", "bindings")];
        InterfaceParser.ParseText(found.TextAtPageLines, Path.Combine(DocsFolder.Root, found.Page), includeDirs, diagnostics);
        Assert.False(diagnostics.HasErrors, $"{snippet} is not a valid interface file:\n" + string.Join("\n", diagnostics.Items));
    }

    [Fact]
    public void TheDocsHaveSnippetsOfEachKind()
    {
        Assert.True(MarkdownSnippets.All("csharp").Count(s => s.SkipReason is null) >= 5);
        Assert.True(MarkdownSnippets.All("swig").Count(s => s.SkipReason is null) >= 5);
    }

    // Snippets are named page:line so a failure names where to look; skipped ones are not test cases.
    private static TheoryData<string> Names(string language)
    {
        var data = new TheoryData<string>();
        foreach (var snippet in MarkdownSnippets.All(language).Where(s => s.SkipReason is null))
        {
            data.Add(snippet.ToString());
        }
        return data;
    }

    private static Snippet Find(string name) => MarkdownSnippets.All("csharp", "swig").Single(s => s.ToString() == name);
}
