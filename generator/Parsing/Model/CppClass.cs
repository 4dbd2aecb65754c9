using System.Text;

namespace ItkBindGen.Parsing;

/// <summary>
/// A class, struct or union: a plain class, a class template (with <see cref="TemplateParameters"/>), or an
/// instantiation (with <see cref="TemplateArguments"/>, every member type substituted and bases resolved).
/// Only public members are listed; <see cref="HasPublicConstructor"/>, <see cref="HasPublicDestructor"/>,
/// <see cref="IsCopyConstructible"/>, <see cref="IsCopyAssignable"/>, <see cref="IsNewable"/> and <see cref="IsAbstract"/>
/// say what the non-public and implicit parts mean for a binding.
/// </summary>
public sealed partial class CppClass : CppDeclaration
{
    public required CppClassKind ClassKind { get; init; }

    /// <summary>Qualified name; an instantiation's includes its arguments in canonical form (<c>itk::Image&lt;float, 2&gt;</c>).</summary>
    public required string FullName { get; init; }

    /// <summary>For an instantiation, the template's qualified name (<c>itk::Image</c>); otherwise null.</summary>
    public string? TemplateName { get; init; }

    public List<CppTemplateParameter> TemplateParameters { get; } = [];

    public List<CppTemplateArgument> TemplateArguments { get; } = [];

    public List<CppBaseType> BaseTypes { get; } = [];

    public List<CppFunction> Functions { get; } = [];

    public List<CppFunction> Constructors { get; } = [];

    /// <summary>The protected virtual member functions, which only a director can override or call (not in <see cref="Functions"/>).</summary>
    public List<CppFunction> ProtectedVirtuals { get; } = [];

    public List<CppFunction> Destructors { get; } = [];

    public List<CppField> Fields { get; } = [];

    public List<CppEnum> Enums { get; } = [];

    public List<CppClass> Classes { get; } = [];

    /// <summary>
    /// Explicit specializations and explicit instantiations written in this class (kept apart from <see cref="Classes"/>:
    /// they are not classes the header declares to be wrapped, only a <c>%template</c> makes one wrapped).
    /// </summary>
    public List<CppClass> Specializations { get; } = [];

    /// <summary>The public member function templates (constructor and conversion templates included); see <see cref="CppFunctionTemplate"/>.</summary>
    public List<CppFunctionTemplate> FunctionTemplates { get; } = [];

    public List<CppTypedef> Typedefs { get; } = [];

    /// <summary>Names brought in from bases by public using-declarations (they undo hiding).</summary>
    public List<string> UsingDeclarations { get; } = [];

    public bool IsTemplate => TemplateParameters.Count > 0;

    public bool IsInstantiation => TemplateName is not null;

    /// <summary>For a template specialization, how it came to be; <see cref="CppSpecializationKind.None"/> otherwise.</summary>
    public CppSpecializationKind SpecializationKind { get; init; }

    /// <summary>True for <c>template &lt;&gt; class Foo&lt;0&gt; { ... }</c> (its members are its own, not the template's).</summary>
    public bool IsExplicitSpecialization => SpecializationKind == CppSpecializationKind.ExplicitSpecialization;

    public bool IsAbstract { get; init; }

    /// <summary>False when the class was only declared (incomplete).</summary>
    public bool IsDefinition { get; init; } = true;

    /// <summary>True if a public, non-deleted constructor exists (declared or implicit).</summary>
    public bool HasPublicConstructor { get; init; }

    /// <summary>True if the destructor is public and not deleted (declared or implicit).</summary>
    public bool HasPublicDestructor { get; init; }

    /// <summary>False if the copy constructor is deleted or not public (declared so, or implicitly deleted by a member or base).</summary>
    public bool IsCopyConstructible { get; init; } = true;

    /// <summary>False if the copy assignment is deleted or not public (declared so, or implicitly deleted: a const or reference member...).</summary>
    public bool IsCopyAssignable { get; init; } = true;

    /// <summary>False if <c>new</c> cannot make one: the class or a base declares a non-public <c>operator new</c>.</summary>
    public bool IsNewable { get; init; } = true;

    public bool IsFromSystemHeader { get; init; }

    /// <summary>
    /// A variable or function of its scope has its name (C's <c>struct buffalo buffalo;</c>): C++ then names the class
    /// only elaborated, <see cref="CppSpelling"/>.
    /// </summary>
    public bool IsNameHidden { get; init; }

    /// <summary>How C++ code after its scope's declarations names the class: <c>struct buffalo</c> when its name is hidden, else its full name.</summary>
    public string CppSpelling => IsNameHidden ? $"{ClassKind.ToString().ToLowerInvariant()} {FullName}" : FullName;

    public override string ToString()
    {
        var text = new StringBuilder();
        if (IsTemplate)
        {
            text.Append("template <").AppendJoin(", ", TemplateParameters).Append("> ");
        }
        text.Append(ClassKind.ToString().ToLowerInvariant()).Append(' ').Append(FullName);
        if (BaseTypes.Count > 0)
        {
            text.Append(" : ").AppendJoin(", ", BaseTypes);
        }
        return text.ToString();
    }
}
