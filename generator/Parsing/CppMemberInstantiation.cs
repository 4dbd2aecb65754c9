namespace ItkBindGen.Parsing;

/// <summary>
/// One overload of a member function template instantiated for a <see cref="CppMemberTemplateRequest"/>: its
/// <see cref="Function"/> has every parameter and result type substituted and resolved, and is called as
/// <c>obj-&gt;template Member&lt;TemplateArguments&gt;(...)</c> (static ones as <c>Owner::template Member&lt;...&gt;(...)</c>).
/// </summary>
public sealed class CppMemberInstantiation
{
    /// <summary>The class the request named (<c>itk::Image&lt;float, 2&gt;</c>): its proxy gets the member.</summary>
    public required CppClass Class { get; init; }

    /// <summary>The class that declares the member template: the requested class or one of its bases (<c>itk::ImageBase&lt;2&gt;</c>).</summary>
    public required CppClass Owner { get; init; }

    /// <summary>The overload as declared.</summary>
    public required CppFunctionTemplate Template { get; init; }

    /// <summary>The instantiated overload: names, default values, const and static from the declaration; resolved types.</summary>
    public required CppFunction Function { get; init; }

    /// <summary>The template arguments as the request spelled them (defaulted ones left for C++ to fill in, as in the call).</summary>
    public required IReadOnlyList<string> TemplateArguments { get; init; }

    public required CppMemberTemplateRequest Request { get; init; }

    public override string ToString() => $"{Function}  // {Owner.FullName}::{Template.Name}<{string.Join(", ", TemplateArguments)}>";
}
