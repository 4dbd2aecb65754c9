using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>The text between <c>%{</c> and <c>%}</c>, copied into the shim exactly as written.</summary>
/// <param name="Text">Everything between the delimiters, line breaks included.</param>
/// <param name="Location">Where the <c>%{</c> stands.</param>
public sealed record VerbatimBlock(string Text, SourceLocation Location)
{
    public override string ToString() => "%{" + Text + "%}";
}
