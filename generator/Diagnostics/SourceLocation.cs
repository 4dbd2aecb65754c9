namespace ItkBindGen.Diagnostics;

/// <summary>
/// A place in an input file; line and column are 1-based, 0 when unknown. <see cref="Via"/> names the macro a
/// place was reached through (an interface-file macro's call site), and diagnostics print it after their message.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new(string.Empty, 0, 0);

    /// <summary>The macro expansion(s) that produced the text at this place, such as <c>macro 'DECL' defined at a.i(3,9)</c>; null for text as written.</summary>
    public string? Via { get; init; }

    public bool IsKnown => File.Length > 0;

    public override string ToString() =>
        !IsKnown ? string.Empty : Line > 0 ? $"{File}({Line},{Column})" : File;
}
