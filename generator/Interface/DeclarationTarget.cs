namespace ItkBindGen.Interface;

/// <summary>
/// What a directive applies to, as SWIG writes it: a qualified name (<c>ns::Foo::bar</c>, <c>Foo&lt;int&gt;::bar</c>,
/// <c>Foo::operator==</c>, <c>Foo::~Foo</c>), optionally after SWIG's <c>*::</c> (any scope), and optionally a
/// parameter list with qualifiers (<c>Foo::bar(int, double) const</c>) that picks one overload. A quoted target is
/// kept as written.
/// </summary>
/// <param name="Name">The name, spelled as clang prints it (template arguments normalized).</param>
/// <param name="Parameters">The parameter types, or null when no list was given (every overload).</param>
/// <param name="Qualifiers">What follows the list (<c>const</c>, <c>&amp;</c>, <c>const &amp;&amp;</c>), or empty.</param>
/// <param name="AnyScope">Written with SWIG's <c>*::</c>: the name in any class or namespace.</param>
/// <param name="Quoted">Written as a string (<c>"Foo::.*"</c>), as SWIG's regular-expression targets are.</param>
/// <param name="Global">A bare name written with a leading <c>::</c> (<c>::foo</c>): the global one only, not a member's.</param>
public sealed record DeclarationTarget(string Name, IReadOnlyList<string>? Parameters, string Qualifiers, bool AnyScope, bool Quoted, bool Global = false)
{
    /// <summary>A plain qualified name, which the binder matches today.</summary>
    public bool IsPlainName => Parameters is null && Qualifiers.Length == 0 && !AnyScope && !Quoted && !Name.Contains('<');

    /// <summary>A qualified name, optionally with a parameter list and <c>const</c>: what the binder's directive index matches.</summary>
    public bool IsMatchable => !AnyScope && !Quoted && !Name.Contains('<') && Name.Length > 0 && Qualifiers is "" or "const";

    public static DeclarationTarget Plain(string name) => new(name, null, string.Empty, false, false);

    public override string ToString()
    {
        if (Quoted)
        {
            return "\"" + Name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        }
        var text = (AnyScope ? "*::" : Global ? "::" : string.Empty) + Name;
        if (Parameters is not null)
        {
            text += "(" + string.Join(", ", Parameters) + ")";
        }
        return Qualifiers.Length == 0 ? text : text + " " + Qualifiers;
    }
}
