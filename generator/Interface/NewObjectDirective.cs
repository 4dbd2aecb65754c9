using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%newobject target;</c>: the function returns a new object the caller owns (its proxy deletes it).</summary>
public sealed record NewObjectDirective(string Target, SourceLocation Location)
{
    public override string ToString() => $"%newobject {Target};";
}
