using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%thread target;</c> or <c>%nothread target;</c>; the target is a method, a class or a free function.</summary>
public sealed record ThreadDirective(ThreadPolicy Policy, string Target, SourceLocation Location)
{
    public override string ToString() => $"%{(Policy == ThreadPolicy.Thread ? "thread" : "nothread")} {Target};";
}
