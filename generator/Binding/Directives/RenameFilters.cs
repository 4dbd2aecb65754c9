using ItkBindGen.Interface;

namespace ItkBindGen.Binding.Directives;

/// <summary>
/// The filters of SWIG's %rename rules this tool applies (<c>%$isclass</c>, <c>match="cdecl"</c>, <c>match$name="x"</c>,
/// ...), and why a rule is refused or left for later.
/// </summary>
public static class RenameFilters
{
    private static readonly Dictionary<(string Attribute, string Value), Func<Declaration, bool>> Tests = new()
    {
        [("nodeType", "class")] = d => d.Kind == DeclarationKind.Class,
        [("nodeType", "enum")] = d => d.Kind == DeclarationKind.Enum,
        [("nodeType", "enumitem")] = d => d.Kind == DeclarationKind.EnumItem,
        [("nodeType", "constructor")] = d => d.Kind == DeclarationKind.Constructor,
        [("nodeType", "constant")] = d => d.Kind == DeclarationKind.Constant,
        [("nodeType", "cdecl")] = d => d.Kind is DeclarationKind.Function or DeclarationKind.Variable,
        [("kind", "function")] = d => d.Kind == DeclarationKind.Function,
        [("kind", "variable")] = d => d.Kind == DeclarationKind.Variable,
        [("ismember", "1")] = d => d.IsMember,
        [("storage", "static")] = d => d.IsStatic,
    };

    /// <summary>Whether the declaration passes the filter.</summary>
    public static bool Passes(RenameFilter filter, Declaration declaration) =>
        filter.Negated != (filter.Attribute == "name" ? declaration.Name == filter.Value : Tests[(filter.Attribute, filter.Value)](declaration));

    /// <summary>Why the rule cannot be applied (an error at its line), or null.</summary>
    public static string? Refusal(RenameRule rule) =>
        rule.Filters.FirstOrDefault(f => f.Attribute != "name" && !Tests.ContainsKey((f.Attribute, f.Value))) is { } filter
            ? $"{rule} cannot be applied: the filter {filter} is not one this tool tests; use %$isclass, %$isenum, %$isenumitem, %$isfunction, %$isvariable, %$isconstructor, %$isconstant, %$ismember, %$isstatic, match=\"cdecl\" or match$name=\"name\" (each may follow %$not), or name the declarations one by one"
            : null;

    /// <summary>Why the rule is read but not applied yet (a warning at its line), or null when it is applied.</summary>
    public static string? NotApplied(RenameRule rule) => rule.Target switch
    {
        { Quoted: false } target when target.Name.Contains('<', StringComparison.Ordinal) =>
            "a target with template arguments is not matched yet (it would reach every instantiation); name the template's member without them, or the member of the %template's class",
        { Quoted: false, Parameters: not null } target when target.Qualifiers is not ("" or "const") =>
            $"a signature qualified '{target.Qualifiers}' is not matched yet; name the function without its parameter list",
        _ => null,
    };
}
