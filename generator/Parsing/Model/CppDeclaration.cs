using ItkBindGen.Diagnostics;

namespace ItkBindGen.Parsing;

/// <summary>What every named declaration in the model has: a name, its doc comment and where it was declared.</summary>
public abstract class CppDeclaration
{
    public required string Name { get; init; }

    /// <summary>The raw doc comment (<c>/** ... */</c> or <c>///</c>) as written, or null.</summary>
    public string? Comment { get; init; }

    public SourceLocation Location { get; init; } = SourceLocation.None;
}
