using ItkBindGen.Diagnostics;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// One member of an <c>%extend</c> body, split into the parts its helper is written from: SWIG's meaning, a free
/// function with the object (<c>$self</c>) as its first parameter, a constructor returning a new object.
/// </summary>
/// <param name="Kind">A method, static method, constructor, destructor or variable.</param>
/// <param name="Name">The member's C++ name (<c>area</c>, <c>operator==</c>; the class's name for a constructor, <c>~Name</c> for the destructor).</param>
/// <param name="ReturnType">The declared result (empty for a constructor or destructor).</param>
/// <param name="Parameters">The parameter list as written, without its parentheses.</param>
/// <param name="IsConst">A const method: its helper takes the object as const.</param>
/// <param name="IsNoexcept">Declared noexcept (or throw()), as its helper is then.</param>
/// <param name="Body">The body with its braces, <c>$self</c> already replaced by the helper's object parameter; empty for a member declared without one.</param>
/// <param name="Helper">The helper's name, unique in the module.</param>
/// <param name="Location">Where the member starts in the interface file.</param>
internal sealed record ExtendMember(ExtendMemberKind Kind, string Name, string ReturnType, string Parameters, bool IsConst, bool IsNoexcept,
    string Body, string Helper, SourceLocation Location)
{
    /// <summary>
    /// For a member declared without a body: the function SWIG then calls, which the interface file's <c>%{ %}</c> code
    /// defines (<c>new_Class</c>, <c>delete_Class</c>, <c>Class_name</c>; for a variable its <c>_get</c>).
    /// </summary>
    public string? Forward { get; init; }

    /// <summary>For a variable that can be written: SWIG's <c>Class_name_set</c>.</summary>
    public string? Setter { get; init; }

    public bool IsStatic { get; init; }

    public bool IsOperator => Name.StartsWith("operator", StringComparison.Ordinal) && Name.Length > 8 && !char.IsLetterOrDigit(Name[8]) && Name[8] != '_';
}
