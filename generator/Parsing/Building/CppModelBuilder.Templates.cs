using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    private readonly Dictionary<nint, string> _qualifiedNames = [];
    private readonly Dictionary<nint, SpecializationInfo?> _specializations = [];

    /// <summary>The arguments of a class template specialization, every one of them, in canonical form.</summary>
    private sealed record SpecializationInfo(List<CppTemplateArgument> Arguments, string? Fallback);

    /// <summary>Qualified name of a declaration; specializations (its own and its parents') carry all their arguments.</summary>
    private string QualifiedName(CXCursor declaration)
    {
        if (_qualifiedNames.TryGetValue(declaration.Data0, out var cached))
        {
            return cached;
        }
        var name = UnqualifiedTemplateName(declaration);
        var info = SpecializationArguments(declaration);
        if (info is not null)
        {
            name = info.Fallback ?? CppSpelling.WithArguments(name, info.Arguments.Select(a => a.ToString()));
        }
        _qualifiedNames[declaration.Data0] = name;
        return name;
    }

    /// <summary>The qualified name without the declaration's own template arguments (<c>itk::Image</c>).</summary>
    private string UnqualifiedTemplateName(CXCursor declaration)
    {
        var name = Clang.Spelling(declaration);
        var parent = ClangNative.clang_getCursorSemanticParent(declaration);
        while (parent.Kind == CXCursorKind.LinkageSpec || (parent.Kind == CXCursorKind.Namespace
            && (ClangNative.clang_Cursor_isAnonymous(parent) != 0 || Clang.Spelling(parent) == CppSourceText.DeclarationNamespace)))
        {
            parent = ClangNative.clang_getCursorSemanticParent(parent);
        }
        return parent.Kind switch
        {
            CXCursorKind.Namespace or CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl or CXCursorKind.ClassTemplate
                or CXCursorKind.ClassTemplatePartialSpecialization => $"{QualifiedName(parent)}::{name}",
            _ => name,
        };
    }

    private SpecializationInfo? SpecializationArguments(CXCursor declaration)
    {
        if (declaration.Kind is not (CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl))
        {
            return null;
        }
        if (_specializations.TryGetValue(declaration.Data0, out var cached))
        {
            return cached;
        }
        SpecializationInfo? info = null;
        var template = ClangNative.clang_getSpecializedCursorTemplate(declaration);
        var count = ClangNative.clang_Cursor_getNumTemplateArguments(declaration);
        if (!Clang.IsNull(template) && count >= 0)
        {
            var parameters = ClangVisitor.ChildList(template)
                .Where(c => c.Kind is CXCursorKind.TemplateTypeParameter or CXCursorKind.NonTypeTemplateParameter or CXCursorKind.TemplateTemplateParameter)
                .ToList();
            var arguments = new List<CppTemplateArgument>();
            string? fallback = null;
            for (uint i = 0; i < count; i++)
            {
                switch (ClangNative.clang_Cursor_getTemplateArgumentKind(declaration, i))
                {
                    case CXTemplateArgumentKind.Type:
                        arguments.Add(CppTemplateArgument.ForType(BuildType(ClangNative.clang_Cursor_getTemplateArgumentType(declaration, i))));
                        break;
                    case CXTemplateArgumentKind.Integral:
                        var valueType = i < parameters.Count ? ClangNative.clang_getCursorType(parameters[(int)i]).Kind : CXTypeKind.Int;
                        var value = valueType switch
                        {
                            CXTypeKind.Bool => ClangNative.clang_Cursor_getTemplateArgumentValue(declaration, i) != 0 ? "true" : "false",
                            CXTypeKind.UChar or CXTypeKind.UShort or CXTypeKind.UInt or CXTypeKind.ULong or CXTypeKind.ULongLong
                                => ClangNative.clang_Cursor_getTemplateArgumentUnsignedValue(declaration, i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                            _ => ClangNative.clang_Cursor_getTemplateArgumentValue(declaration, i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        };
                        arguments.Add(CppTemplateArgument.ForValue(value));
                        break;
                    default:
                        // Packs, templates and expressions are not exposed by libclang's cursor API: keep clang's own spelling.
                        fallback = Clang.Spelling(Clang.Canonical(ClangNative.clang_getCursorType(declaration)));
                        break;
                }
            }
            info = new SpecializationInfo(arguments, fallback);
        }
        _specializations[declaration.Data0] = info;
        return info;
    }

    private CppTemplateParameter BuildTemplateParameter(CXCursor cursor)
    {
        var text = SourceText(cursor);
        var name = Clang.Spelling(cursor);
        var beforeName = name.Length > 0 && text.IndexOf(name, StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;
        return new CppTemplateParameter
        {
            Kind = cursor.Kind switch
            {
                CXCursorKind.NonTypeTemplateParameter => CppTemplateParameterKind.NonType,
                CXCursorKind.TemplateTemplateParameter => CppTemplateParameterKind.Template,
                _ => CppTemplateParameterKind.Type,
            },
            Name = name,
            Type = cursor.Kind == CXCursorKind.NonTypeTemplateParameter ? BuildType(ClangNative.clang_getCursorType(cursor)) : null,
            DefaultValue = DefaultValueOf(text),
            IsParameterPack = beforeName.Contains("...", StringComparison.Ordinal),
        };
    }
}
