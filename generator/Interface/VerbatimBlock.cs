using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>C++ copied into the shim exactly as written: a <c>%{ %}</c> block, one of SWIG's sections, or <c>%inline</c> code.</summary>
/// <param name="Text">Everything between the delimiters, line breaks included.</param>
/// <param name="Location">Where the directive or <c>%{</c> stands.</param>
/// <param name="Section">Where in the shim it goes.</param>
/// <param name="IsInline"><c>%inline</c>: the code is also parsed and what it declares is wrapped.</param>
public sealed record VerbatimBlock(string Text, SourceLocation Location, ShimSection Section = ShimSection.Header, bool IsInline = false)
{
    /// <summary>Where the text itself starts (just after <c>%{</c>); the text's line <c>n</c> is that line plus <c>n</c>.</summary>
    public SourceLocation TextLocation { get; init; } = Location;

    public override string ToString() => (IsInline, Section) switch
    {
        (true, _) => "%inline %{" + Text + "%}",
        (_, ShimSection.Begin) => "%begin %{" + Text + "%}",
        (_, ShimSection.Runtime) => "%runtime %{" + Text + "%}",
        (_, ShimSection.Wrapper) => "%wrapper %{" + Text + "%}",
        _ => "%{" + Text + "%}",
    };
}
