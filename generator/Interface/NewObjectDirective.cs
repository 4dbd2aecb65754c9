using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%newobject target;</c> (or <c>%nonewobject</c>): the function returns an object the caller owns.</summary>
public sealed record NewObjectDirective(DeclarationTarget Target, bool Enabled, SourceLocation Location)
{
    public override string ToString() => $"%{(Enabled ? "newobject" : "nonewobject")} {Target};";
}
