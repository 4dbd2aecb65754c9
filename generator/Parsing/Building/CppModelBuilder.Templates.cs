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
            // The arguments are the primary template's: a partial specialization's own parameters are others.
            var primary = template;
            while (primary.Kind == CXCursorKind.ClassTemplatePartialSpecialization && ClangNative.clang_getSpecializedCursorTemplate(primary) is var next && !Clang.IsNull(next))
            {
                primary = next;
            }
            var parameters = ClangVisitor.ChildList(primary)
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
                        var parameterType = i < parameters.Count ? Clang.Canonical(ClangNative.clang_getCursorType(parameters[(int)i])) : default;
                        var valueType = i < parameters.Count ? parameterType.Kind : CXTypeKind.Int;
                        var value = valueType switch
                        {
                            // C++ converts no integer to an enum: its value is spelled as a cast to it.
                            CXTypeKind.Enum => $"static_cast<{QualifiedName(ClangNative.clang_getTypeDeclaration(parameterType))}>({ClangNative.clang_Cursor_getTemplateArgumentValue(declaration, i).ToString(System.Globalization.CultureInfo.InvariantCulture)})",
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

    /// <summary>A member function template as declared: its types depend on its parameters, so they keep their spelling.</summary>
    private CppFunctionTemplate BuildFunctionTemplate(CXCursor cursor, string declaringClass)
    {
        var kind = ClangNative.clang_getTemplateCursorKind(cursor);
        var name = Clang.Spelling(cursor);
        if (kind == CXCursorKind.Constructor && name.IndexOf('<') is var open and > 0)
        {
            // libclang spells a constructor template of a class template with the class's parameters.
            name = name[..open];
        }
        var flags = CppFunctionFlags.Method
            | Flag(ClangNative.clang_CXXMethod_isStatic(cursor), CppFunctionFlags.Static)
            | Flag(ClangNative.clang_CXXMethod_isConst(cursor), CppFunctionFlags.Const)
            | Flag(ClangNative.clang_CXXMethod_isDeleted(cursor), CppFunctionFlags.Deleted)
            | (ClangNative.clang_getCursorAvailability(cursor) == CXAvailabilityKind.Deprecated ? CppFunctionFlags.Deprecated : CppFunctionFlags.None)
            | kind switch
            {
                CXCursorKind.Constructor => CppFunctionFlags.Constructor,
                CXCursorKind.ConversionFunction => CppFunctionFlags.Conversion | CppFunctionFlags.Operator,
                _ => CppFunctionFlags.None,
            };
        var returnType = kind == CXCursorKind.Constructor ? "void" : Clang.Spelling(ClangNative.clang_getCursorResultType(cursor));
        if (kind == CXCursorKind.ConversionFunction)
        {
            name = "operator " + returnType;
        }
        else if (name.StartsWith("operator", StringComparison.Ordinal) && name.Length > 8 && !(char.IsLetterOrDigit(name[8]) || name[8] == '_'))
        {
            flags |= CppFunctionFlags.Operator;
        }
        var macro = MacroOf(cursor);
        var result = new CppFunctionTemplate
        {
            Name = name,
            DeclaringClassName = declaringClass,
            ReturnTypeSpelling = returnType,
            Flags = flags,
            Comment = CommentOf(cursor),
            Location = LocationOf(cursor),
        };
        foreach (var child in ClangVisitor.ChildList(cursor))
        {
            switch (child.Kind)
            {
                case CXCursorKind.TemplateTypeParameter or CXCursorKind.NonTypeTemplateParameter or CXCursorKind.TemplateTemplateParameter:
                    result.TemplateParameters.Add(BuildTemplateParameter(child));
                    break;
                case CXCursorKind.ParmDecl:
                    result.Parameters.Add(new CppSpelledParameter(Clang.Spelling(child), Clang.Spelling(ClangNative.clang_getCursorType(child)),
                        macro is null ? DefaultValueOf(SourceText(child)) : null));
                    break;
            }
        }
        return result;
    }
}
