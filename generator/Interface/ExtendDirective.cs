using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary><c>%extend Foo { members }</c>: C++ members (SWIG's <c>$self</c> is the object) added to a wrapped class.</summary>
public sealed record ExtendDirective(string ClassName, InterfaceCode Members, SourceLocation Location)
{
    public override string ToString() => $"%extend {ClassName} {{{Members.Text}}};";
}
