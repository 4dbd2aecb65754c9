using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

/// <summary>
/// <c>%nodefaultctor Foo;</c>, <c>%copyctor;</c> and their kin: <see cref="Enabled"/> false for the switch's opposite
/// (<c>%defaultctor</c>, <c>%nocopyctor</c>); a null target means every class declared after it.
/// </summary>
public sealed record ClassFeatureDirective(ClassFeature Feature, bool Enabled, DeclarationTarget? Target, SourceLocation Location)
{
    public string DirectiveName => (Feature, Enabled) switch
    {
        (ClassFeature.NoDefaultConstructor, true) => "nodefaultctor",
        (ClassFeature.NoDefaultConstructor, false) => "defaultctor",
        (ClassFeature.NoDefaultDestructor, true) => "nodefaultdtor",
        (ClassFeature.NoDefaultDestructor, false) => "defaultdtor",
        (ClassFeature.CopyConstructor, true) => "copyctor",
        (ClassFeature.CopyConstructor, false) => "nocopyctor",
        (ClassFeature.NoDefault, true) => "nodefault",
        _ => "default",
    };

    public override string ToString() => $"%{DirectiveName}{(Target is null ? string.Empty : " " + Target)};";
}
