using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// A member variable in <c>%extend</c>, as SWIG reads it: a property whose value the interface file's own code keeps,
/// read with <c>Class_name_get(Class *)</c> and written with <c>Class_name_set(Class *, T)</c> (static: without the
/// object); a static constant with a value (<c>static const int Max = 4;</c>) is read from that value.
/// </summary>
internal static class ExtendVariableReader
{
    public static ExtendMember? Read(ExtendDirective directive, string head, string helper, SourceLocation location, DiagnosticBag diagnostics)
    {
        ExtendMember? Refuse(string why)
        {
            diagnostics.Error(DiagnosticIds.UnsupportedDirective, location, $"the member variable '{ExtendMemberReader.Shorten(head)}' in %extend {directive.ClassName} {why}");
            return null;
        }
        var declaration = head;
        var isStatic = declaration.StartsWith("static ", StringComparison.Ordinal);
        if (isStatic)
        {
            declaration = declaration[7..].TrimStart();
        }
        string? value = null;
        if (declaration.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
        {
            value = declaration[(equals + 1)..].Trim();
            declaration = declaration[..equals].Trim();
        }
        if (declaration.Contains('[') || declaration.Contains(',') || declaration.Contains('(')
            || ExtendMemberReader.TrailingName().Match(declaration) is not { Success: true } match || match.Groups[1].Value.Trim() is not { Length: > 0 } type)
        {
            return Refuse("is not supported: declare one variable of a plain type (T name;), or write a getter and a setter with bodies");
        }
        var name = match.Groups[2].Value;
        var isConst = type.StartsWith("const ", StringComparison.Ordinal) && !type.Contains('*');
        if (value is not null)
        {
            // A constant's value is its own getter's body.
            return isStatic && isConst
                ? new ExtendMember(ExtendMemberKind.Variable, name, type, string.Empty, false, false, $"{{ return {value}; }}", helper, location) { IsStatic = true }
                : Refuse("has a value: only a static const member may have one; SWIG keeps other variables in the interface file's code (Class_name_get/_set)");
        }
        if (ExtendMemberReader.Mangled(directive.ClassName) is not { } mangled)
        {
            return Refuse("is not supported on a template instantiation: write a getter and a setter with bodies");
        }
        return new ExtendMember(ExtendMemberKind.Variable, name, type, string.Empty, false, false, string.Empty, helper, location)
        {
            IsStatic = isStatic,
            Forward = $"::{mangled}_{name}_get",
            Setter = isConst ? null : $"::{mangled}_{name}_set",
        };
    }
}
