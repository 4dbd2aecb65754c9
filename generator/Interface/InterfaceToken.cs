using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// One token; <c>End</c> is where the character after it stands, for errors about what should follow it.
/// A token a macro made carries the macro's call site as its location (with the macro named in <see cref="SourceLocation.Via"/>).
/// </summary>
internal sealed record InterfaceToken(InterfaceTokenKind Kind, string Text, SourceLocation Location, SourceLocation End)
{
    private readonly string? _raw;

    /// <summary>The token as written (strings and characters with their quotes and escapes); C++ text is rebuilt from it.</summary>
    public string Raw
    {
        get => _raw ?? (Kind == InterfaceTokenKind.Directive ? "%" + Text : Text);
        init => _raw = value;
    }

    /// <summary>The first token of a line, which is where a preprocessor line (<c>#define</c>) may start.</summary>
    public bool LineStart { get; init; }

    /// <summary>White space or a comment stands before the token: C++ text rebuilt from tokens keeps one space there.</summary>
    public bool SpaceBefore { get; init; }

    /// <summary>Where the text of a <c>%{ %}</c> block starts, just after the <c>%{</c>.</summary>
    public SourceLocation BodyLocation { get; init; }

    public bool Is(InterfaceTokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsPunctuation(string text) => Is(InterfaceTokenKind.Punctuation, text);

    public bool IsIdentifier(string text) => Is(InterfaceTokenKind.Identifier, text);

    /// <summary>Words need a space between them when tokens are joined back into C++ text.</summary>
    public bool IsWord => Kind is InterfaceTokenKind.Identifier or InterfaceTokenKind.Number;

    public override string ToString() => Kind switch
    {
        InterfaceTokenKind.Directive => "%" + Text,
        InterfaceTokenKind.Verbatim => "%{ ... %}",
        InterfaceTokenKind.String or InterfaceTokenKind.Character => Raw,
        InterfaceTokenKind.End => "end of file",
        _ => Text,
    };
}
