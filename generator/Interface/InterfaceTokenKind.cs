namespace ItkBindGen.Interface;

internal enum InterfaceTokenKind
{
    /// <summary><c>%name</c>; the text is the name without the percent sign.</summary>
    Directive,

    /// <summary><c>%{ ... %}</c>; the text is what stands between the delimiters.</summary>
    Verbatim,

    Identifier,
    Number,

    /// <summary>A double-quoted string; the text is its content with escapes resolved.</summary>
    String,

    /// <summary>One punctuation character, or <c>::</c>.</summary>
    Punctuation,

    /// <summary>A preprocessor line; the text is the whole line.</summary>
    Hash,

    /// <summary>Something the scanner already reported (an unterminated string, comment or block).</summary>
    Error,

    End,
}
