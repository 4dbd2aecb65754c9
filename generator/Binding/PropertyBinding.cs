namespace ItkBindGen.Binding;

/// <summary>
/// A C# property made from a Get/Set pair; the methods stay, as ITK users call them. Its documentation is the
/// summary of the C++ comment of the getter or the setter (what ITK's Get/Set macros were documented with).
/// </summary>
public sealed record PropertyBinding(string Name, string CsType, MethodBinding Getter, MethodBinding Setter)
{
    public IReadOnlyList<string> Documentation
    {
        get
        {
            var summary = Summary(Getter.Documentation) ?? Summary(Setter.Documentation);
            return summary ?? [$"<summary>Gets or sets {Name} through <c>{Getter.CppName}</c> and <c>{Setter.CppName}</c>.</summary>"];
        }
    }

    private static IReadOnlyList<string>? Summary(IReadOnlyList<string> lines)
    {
        var end = lines.ToList().IndexOf("</summary>");
        return lines.Count > 0 && lines[0] == "<summary>" && end > 0 ? lines.Take(end + 1).ToList() : null;
    }
}
