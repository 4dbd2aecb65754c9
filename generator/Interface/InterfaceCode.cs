using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// C++ text taken from an interface file (declarations written in it, an <c>%extend</c> body, an <c>%exception</c>
/// handler). Its first character stands at <see cref="Location"/>, and line <c>n</c> of the text is line
/// <c>Location.Line + n</c> of that file, so a compiler told where it starts reports errors at the user's lines.
/// </summary>
public sealed record InterfaceCode(string Text, SourceLocation Location)
{
    public override string ToString() => Text;
}
