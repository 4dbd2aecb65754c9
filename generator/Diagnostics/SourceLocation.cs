namespace ItkBindGen.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, 0 when unknown.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new(string.Empty, 0, 0);

    public bool IsKnown => File.Length > 0;

    public override string ToString() =>
        !IsKnown ? string.Empty : Line > 0 ? $"{File}({Line},{Column})" : File;
}
