namespace ItkBindGen.Docs.Tests;

/// <summary>
/// One fenced code block of a page: its language, its text, where it starts, and the reason it is not checked
/// (from an HTML comment just above it, <c>&lt;!-- snippet: skip; reason: ... --&gt;</c>), if any.
/// </summary>
public sealed record Snippet(string Page, int Line, string Language, string Text, string? SkipReason)
{
    public override string ToString() => $"{Page}:{Line}";

    /// <summary>The text behind as many empty lines as precede it on the page, so a compiler's line numbers are the page's.</summary>
    public string TextAtPageLines => new string('\n', Line) + Text;
}
