namespace ItkBindGen.Parsing;

/// <summary>A <c>typedef</c> or <c>using</c> alias declaration.</summary>
public sealed class CppTypedef : CppDeclaration
{
    public required string FullName { get; init; }

    public required CppType Type { get; init; }

    /// <summary>True for <c>using Name = T;</c>, false for <c>typedef T Name;</c>.</summary>
    public bool IsAlias { get; init; }

    public override string ToString() => $"using {Name} = {Type.CanonicalSpelling}";
}
