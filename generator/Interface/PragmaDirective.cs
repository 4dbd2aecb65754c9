using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%pragma(csharp) modulecode=%{ ... %}</c>: a setting of SWIG's C# module; pragmas of other languages are not kept.</summary>
public sealed record PragmaDirective(string Name, string Value, SourceLocation Location)
{
    public override string ToString() => $"%pragma(csharp) {Name}=%{{{Value}%}};";
}
