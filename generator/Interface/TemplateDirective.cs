using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%template(Name) type;</c>: one instantiation to wrap under a C# name.</summary>
/// <param name="Name">The C# class name.</param>
/// <param name="CppType">The C++ type, spelled the way clang prints it: <c>a::B&lt;C&lt;float, 2&gt;&gt;</c>.</param>
/// <param name="Location">Where the directive stands.</param>
public sealed record TemplateDirective(string Name, string CppType, SourceLocation Location)
{
    public override string ToString() => $"%template({Name}) {CppType};";
}
