using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// SWIG's directives that stand for features (%nspace, %csmethodmodifiers, ...), and the per-declaration switches
// with records of their own (%newobject, %immutable, %nodefaultctor, %copyctor).
public sealed partial class InterfaceParser
{
    /// <summary>What a feature directive stands for: SWIG's feature name, its value, and whether the directive takes an argument.</summary>
    private sealed record FeatureAlias(string Feature, string? Value = null, bool TakesArgument = false);

    private static readonly Dictionary<string, FeatureAlias> FeatureAliases = new(StringComparer.Ordinal)
    {
        ["director"] = new("director"), ["nodirector"] = new("nodirector"),
        ["naturalvar"] = new("naturalvar"), ["nonaturalvar"] = new("naturalvar", "0"), ["clearnaturalvar"] = new("naturalvar", ""),
        ["nspace"] = new("nspace"), ["nonspace"] = new("nspace", "0"), ["clearnspace"] = new("nspace", ""),
        ["nspacemove"] = new("nspacemove", null, true),
        ["delobject"] = new("del"), ["nodelobject"] = new("del", "0"), ["cleardelobject"] = new("del", ""),
        ["refobject"] = new("ref"), ["norefobject"] = new("ref", "0"), ["unrefobject"] = new("unref"), ["nounrefobject"] = new("unref", "0"),
        ["csconst"] = new("cs:const", null, true), ["csconstvalue"] = new("cs:constvalue", null, true), ["csenum"] = new("cs:enum", null, true),
        ["csmethodmodifiers"] = new("cs:methodmodifiers"), ["csattributes"] = new("cs:attributes"),
        ["catches"] = new("catches", null, true), ["clearcatches"] = new("catches", ""),
        ["callback"] = new("callback", null, true), ["nocallback"] = new("callback", "0"),
        ["kwargs"] = new("kwargs"), ["nokwargs"] = new("kwargs", "0"),
        ["implicitconv"] = new("implicitconv"), ["noimplicitconv"] = new("implicitconv", "0"),
        ["valuewrapper"] = new("valuewrapper"), ["novaluewrapper"] = new("valuewrapper", "0"),
        ["flatnested"] = new("flatnested"), ["noflatnested"] = new("flatnested", "0"),
        ["allowexception"] = new("allowexcept"), ["noallowexception"] = new("allowexcept", "0"),
        ["exceptionclass"] = new("exceptionclass"), ["noexceptionclass"] = new("exceptionclass", "0"),
        ["proxycode"] = new("proxycode"), ["autodoc"] = new("autodoc", null, true), ["docstring"] = new("docstring"),
    };

    private static readonly Dictionary<string, (ClassFeature Feature, bool Enabled)> ClassFeatures = new(StringComparer.Ordinal)
    {
        ["nodefaultctor"] = (ClassFeature.NoDefaultConstructor, true), ["defaultctor"] = (ClassFeature.NoDefaultConstructor, false),
        ["nodefaultdtor"] = (ClassFeature.NoDefaultDestructor, true), ["defaultdtor"] = (ClassFeature.NoDefaultDestructor, false),
        ["copyctor"] = (ClassFeature.CopyConstructor, true), ["nocopyctor"] = (ClassFeature.CopyConstructor, false),
        ["nodefault"] = (ClassFeature.NoDefault, true), ["default"] = (ClassFeature.NoDefault, false),
    };

    private bool ParseFeatureAlias(InterfaceToken directive, InterfaceTokenStream tokens, FeatureAlias alias)
    {
        var value = alias.Value;
        if (alias.TakesArgument)
        {
            if (!tokens.Peek().IsPunctuation("("))
            {
                _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, tokens.Peek().Location, $"expected '(' after %{directive.Text}: %{directive.Text}(value) target;");
                return false;
            }
            if (ReadBalanced(tokens, "(", ")") is not { } argument)
            {
                return false;
            }
            var inner = argument[1..^1];
            value = inner is [{ Kind: InterfaceTokenKind.String } text] ? text.Text : JoinCpp(inner);
            if (alias.Feature == "catches")
            {
                value = "(" + value + ")";
            }
        }
        return FinishFeature(directive, tokens, alias.Feature, value, []);
    }

    private bool ParseNewObject(InterfaceToken directive, InterfaceTokenStream tokens, bool enabled)
    {
        if (ParseTarget(directive, tokens) is not { } target)
        {
            return false;
        }
        _result.AddNewObject(new NewObjectDirective(target, enabled, directive.Location));
        return true;
    }

    /// <summary><c>%immutable target;</c>, or <c>%immutable;</c> alone for every variable up to <c>%mutable;</c>.</summary>
    private bool ParseImmutable(InterfaceToken directive, InterfaceTokenStream tokens, bool immutable)
    {
        if (OptionalTarget(directive, tokens, out var target))
        {
            _result.AddImmutable(new ImmutableDirective(target, immutable, directive.Location));
            return true;
        }
        return false;
    }

    private bool ParseClassFeature(InterfaceToken directive, InterfaceTokenStream tokens, ClassFeature feature, bool enabled)
    {
        if (OptionalTarget(directive, tokens, out var target))
        {
            _result.AddClassFeature(new ClassFeatureDirective(feature, enabled, target, directive.Location));
            return true;
        }
        return false;
    }

    /// <summary>Reads <c>;</c> (no target, null) or <c>target;</c>; false after reporting an error.</summary>
    private bool OptionalTarget(InterfaceToken directive, InterfaceTokenStream tokens, out DeclarationTarget? target)
    {
        target = null;
        if (tokens.Accept(";") || tokens.AtStatementStart)
        {
            return true;
        }
        target = ParseTarget(directive, tokens);
        return target is not null;
    }
}
