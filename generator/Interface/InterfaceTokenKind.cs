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

    /// <summary>A character literal such as <c>'a'</c> or <c>'\n'</c>; the text is as written.</summary>
    Character,

    /// <summary>One punctuation character, or <c>::</c> or <c>##</c>.</summary>
    Punctuation,

    /// <summary>Something the scanner already reported (an unterminated string, comment or block).</summary>
    Error,

    End,
}
