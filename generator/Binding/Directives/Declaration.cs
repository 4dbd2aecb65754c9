using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Directives;

/// <summary>
/// A declaration as %rename and %ignore rules see it: its scope and name (normalised by <see cref="DirectiveNames"/>),
/// what it is, and for a member the classes it inherits from, whose rules reach it as SWIG's do.
/// </summary>
/// <param name="Scope">The class or namespace that declares it, empty for the global scope.</param>
/// <param name="Name">Its own name (<c>bar</c>, <c>operator==</c>), template arguments dropped.</param>
/// <param name="Kind">What it is, for the rules' filters.</param>
/// <param name="Function">The function, so that a signature rule can pick its overload; null for other kinds.</param>
/// <param name="IsMember">Declared by a class (SWIG's <c>%$ismember</c>).</param>
/// <param name="IsStatic">A static member (SWIG's <c>%$isstatic</c>).</param>
/// <param name="BaseScopes">A member's ancestor classes, depth first: <c>%rename(x) Base::bar</c> reaches a <c>bar</c> a derived class declares.</param>
public sealed record Declaration(string Scope, string Name, DeclarationKind Kind, CppFunction? Function, bool IsMember, bool IsStatic, IReadOnlyList<string> BaseScopes)
{
    /// <summary>The qualified name.</summary>
    public string QualifiedName => Scope.Length == 0 ? Name : $"{Scope}::{Name}";

    /// <summary>A member of <paramref name="declaring"/>: a method, a constructor or a field.</summary>
    public static Declaration Member(CppClass declaring, string name, DeclarationKind kind, CppFunction? function = null, bool isStatic = false) =>
        new(DirectiveNames.Normalize(ClassFacts.DirectiveName(declaring)), DirectiveNames.Normalize(name), kind, function, true,
            isStatic || function is { IsStatic: true }, ClassAncestry.Of(declaring).Ancestors
                .Select(c => DirectiveNames.Normalize(ClassFacts.DirectiveName(c))).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>A declaration of a namespace (or the global scope): a class, an enum, a free function, a variable.</summary>
    public static Declaration InNamespace(string qualifiedName, DeclarationKind kind, CppFunction? function = null)
    {
        var (scope, name) = Split(DirectiveNames.Normalize(qualifiedName));
        return new Declaration(scope, name, kind, function, false, false, []);
    }

    /// <summary>An item of the enum <paramref name="enumName"/>, named in the enum's scope (<c>Color::Red</c>).</summary>
    public static Declaration EnumItem(string enumName, string item) =>
        new(DirectiveNames.Normalize(enumName), item, DeclarationKind.EnumItem, null, false, false, []);

    /// <summary>Splits at the last '::' before the name; an operator's name may itself hold '::' (<c>operator ns::Type</c>).</summary>
    private static (string Scope, string Name) Split(string qualified)
    {
        var operatorAt = qualified.IndexOf("::operator", StringComparison.Ordinal);
        var at = operatorAt >= 0 ? operatorAt : qualified.StartsWith("operator", StringComparison.Ordinal) ? -1 : qualified.LastIndexOf("::", StringComparison.Ordinal);
        return at < 0 ? (string.Empty, qualified) : (qualified[..at], qualified[(at + 2)..]);
    }
}
