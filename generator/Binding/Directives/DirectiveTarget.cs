using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Directives;

/// <summary>
/// What a directive names: a qualified C++ name, normalised (<see cref="DirectiveNames.Normalize"/>), optionally with a
/// parameter list (<c>Foo::bar(int, double) const</c>) that restricts it to the overloads of that signature.
/// </summary>
public sealed record DirectiveTarget(string Name, IReadOnlyList<string>? Parameters, bool IsConst)
{
    public static DirectiveTarget Parse(string target)
    {
        var open = TopLevel.IndexOf(target, '(');
        if (open < 0)
        {
            return new DirectiveTarget(DirectiveNames.Normalize(target), null, false);
        }
        var close = target.LastIndexOf(')');
        var inside = close > open ? target[(open + 1)..close] : target[(open + 1)..];
        var parameters = TopLevel.Split(inside, ',').Select(DirectiveNames.Squeeze).Where(p => p.Length > 0).ToList();
        if (parameters is ["void"])
        {
            parameters.Clear();
        }
        var isConst = close > open && target[(close + 1)..].Trim() == "const";
        return new DirectiveTarget(DirectiveNames.Normalize(target[..open]), parameters, isConst);
    }

    /// <summary>The target as the interface parser read it, normalised.</summary>
    public static DirectiveTarget Of(Interface.DeclarationTarget target) =>
        new(DirectiveNames.Normalize(target.Name), target.Parameters?.Select(DirectiveNames.Squeeze).ToList(), target.Qualifiers == "const");

    /// <summary>Whether a declaration of <paramref name="qualifiedName"/> (and, for a function, its signature) is named.</summary>
    public bool Matches(string qualifiedName, CppFunction? function) =>
        Name == qualifiedName && (Parameters is null || (function is not null && MatchesSignature(function)));

    /// <summary>Whether the function has the target's parameter types (as declared or canonical) and its <c>const</c>.</summary>
    public bool MatchesSignature(CppFunction function) =>
        function.Parameters.Count == Parameters!.Count && function.IsConst == IsConst
        && function.Parameters.Select((p, i) => DirectiveNames.Squeeze(p.Type.Spelling) == Parameters[i]
            || DirectiveNames.Squeeze(p.Type.CanonicalSpelling) == Parameters[i]).All(x => x);

    public override string ToString() =>
        Parameters is null ? Name : $"{Name}({string.Join(", ", Parameters)}){(IsConst ? " const" : string.Empty)}";
}
