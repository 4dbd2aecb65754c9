using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%rename(NewName) target;</c>: the C# name to use for a C++ declaration.</summary>
public sealed record RenameDirective(string NewName, string Target, SourceLocation Location)
{
    public override string ToString() => $"%rename({NewName}) {Target};";
}
