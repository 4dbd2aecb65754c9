namespace ItkBindGen.Interface;

/// <summary>
/// A condition a <c>%rename</c> rule adds: <c>match="cdecl"</c>, <c>notmatch$name="x"</c>, <c>%$isclass</c>; SWIG
/// matches it against a declaration's attribute (<c>nodeType</c> unless another is named).
/// </summary>
public sealed record RenameFilter(string Attribute, string Value, bool Negated)
{
    public override string ToString() =>
        $"{(Negated ? "notmatch" : "match")}{(Attribute == "nodeType" ? string.Empty : "$" + Attribute)}=\"{Value}\"";
}
