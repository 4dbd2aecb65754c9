using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

/// <summary>
/// <c>%template(Name) Class::member&lt;Args&gt;;</c>: a directive that named a member function template, with the overloads the
/// parser instantiated for it (each with its declaring class, resolved signature and the arguments to call it with).
/// </summary>
public sealed record MemberTemplateDirective(TemplateDirective Directive, IReadOnlyList<CppMemberInstantiation> Instantiations);
