using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>One token; <c>End</c> is where the character after it stands, for errors about what should follow it.</summary>
internal sealed record InterfaceToken(InterfaceTokenKind Kind, string Text, SourceLocation Location, SourceLocation End)
{
    public bool Is(InterfaceTokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsPunctuation(string text) => Is(InterfaceTokenKind.Punctuation, text);

    /// <summary>Words need a space between them when tokens are joined back into C++ text.</summary>
    public bool IsWord => Kind is InterfaceTokenKind.Identifier or InterfaceTokenKind.Number;

    public override string ToString() => Kind switch
    {
        InterfaceTokenKind.Directive => "%" + Text,
        InterfaceTokenKind.Verbatim => "%{ ... %}",
        InterfaceTokenKind.String => "\"" + Text + "\"",
        InterfaceTokenKind.End => "end of file",
        _ => Text,
    };
}
