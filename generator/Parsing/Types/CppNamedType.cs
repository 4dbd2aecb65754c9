namespace ItkBindGen.Parsing;

/// <summary>
/// A class, struct, union or enum, named by its full name. For a template specialization <see cref="FullName"/>
/// is the template's qualified name (<c>itk::Image</c>) and <see cref="TemplateArguments"/> hold every argument;
/// the canonical spelling joins them (<c>itk::Image&lt;float, 2&gt;</c>). Look the declaration up with
/// <see cref="CppCompilation.FindClass"/> or <see cref="CppCompilation.FindEnum"/> by canonical spelling.
/// </summary>
public sealed class CppNamedType(
    CppNamedTypeKind namedKind,
    string fullName,
    IReadOnlyList<CppTemplateArgument> templateArguments,
    bool isFromSystemHeader,
    string spelling,
    string canonicalSpelling)
    : CppType(spelling, canonicalSpelling)
{
    public override CppTypeKind Kind => CppTypeKind.Named;

    public CppNamedTypeKind NamedKind { get; } = namedKind;

    public string FullName { get; } = fullName;

    public IReadOnlyList<CppTemplateArgument> TemplateArguments { get; } = templateArguments;

    public bool IsFromSystemHeader { get; } = isFromSystemHeader;

    public bool IsEnum => NamedKind == CppNamedTypeKind.Enum;
}
