namespace ItkBindGen.Binding;

/// <summary>
/// A C# property: made from a Get/Set pair (the methods stay, as ITK users call them), or over a public C++ field
/// through private accessors (no setter for a const field). Its documentation is the summary of the C++ comment of the
/// getter or the setter (what ITK's Get/Set macros were documented with), or of the field.
/// </summary>
public sealed record PropertyBinding(string Name, string CsType, MethodBinding Getter, MethodBinding? Setter)
{
    /// <summary>A derived class's field hiding a wrapped base's of the same name (C# <c>new</c>).</summary>
    public bool HidesBaseMember { get; init; }

    /// <summary>Its C# modifiers: a static field is a static property.</summary>
    public string CsModifiers => $"public {(Getter.IsStatic ? "static " : string.Empty)}{(HidesBaseMember ? "new " : string.Empty)}";

    /// <summary>
    /// What the setter passes on: <c>value</c>, or <c>value!</c> where the property may be null and the setter's
    /// parameter may not (a pointer variable a %extend setter writes: the user's function may dereference it); the
    /// setter's argument check then throws ArgumentNullException for null.
    /// </summary>
    public string CsSetValue => Setter is { Parameters: [.., var value] } && CsType.EndsWith('?') && !value.Crossing.CsType.EndsWith('?') ? "value!" : "value";

    public IReadOnlyList<string> Documentation
    {
        get
        {
            var summary = Summary(Getter.Documentation) ?? (Setter is null ? null : Summary(Setter.Documentation));
            // A variable's reader and writer have one C++ name, the variable's.
            return summary ?? [Setter is null
                ? $"<summary>Gets {Name} through <c>{Getter.CppName}</c>.</summary>"
                : Setter.CppName == Getter.CppName
                    ? $"<summary>Gets or sets {Name} through <c>{Getter.CppName}</c>.</summary>"
                    : $"<summary>Gets or sets {Name} through <c>{Getter.CppName}</c> and <c>{Setter.CppName}</c>.</summary>"];
        }
    }

    private static IReadOnlyList<string>? Summary(IReadOnlyList<string> lines)
    {
        var end = lines.ToList().IndexOf("</summary>");
        return lines.Count > 0 && lines[0] == "<summary>" && end > 0 ? lines.Take(end + 1).ToList() : null;
    }
}
