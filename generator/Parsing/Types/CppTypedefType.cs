namespace ItkBindGen.Parsing;

/// <summary>
/// A use of a typedef or alias: keeps the alias (<see cref="Name"/> as written, <see cref="FullName"/> qualified,
/// e.g. <c>itk::BoxImageFilter&lt;itk::Image&lt;float, 2&gt;, itk::Image&lt;float, 2&gt;&gt;::RadiusType</c>)
/// and the type it stands for; the canonical spelling is the target's.
/// </summary>
public sealed class CppTypedefType(string name, string fullName, CppType target, string spelling)
    : CppType(spelling, target.CanonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Typedef;

    public string Name { get; } = name;

    public string FullName { get; } = fullName;

    public CppType Target { get; } = target;

    public override CppType StripTypedefs() => Target.StripTypedefs();
}
