using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%template() Base&lt;int&gt;;</c>: SWIG instantiates a template (a base class) without giving it a proxy of its own.</summary>
public sealed record BaseTemplateDirective(string CppType, SourceLocation Location)
{
    public override string ToString() => $"%template() {CppType};";
}
