using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%ignore target;</c>: a C++ declaration not to wrap.</summary>
public sealed record IgnoreDirective(string Target, SourceLocation Location)
{
    public override string ToString() => $"%ignore {Target};";
}
