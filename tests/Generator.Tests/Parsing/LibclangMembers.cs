using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;
using ItkBindGen.Parsing.Building;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Tests.Parsing;

/// <summary>
/// Lists a class's public members straight from libclang, in a translation unit of its own and with its own visitor (no
/// model builder), so a test can check that each one the generator sees is either wrapped or reported as skipped.
/// Friends and implicitly declared members are not members a header declares, and are not listed.
/// </summary>
public static class LibclangMembers
{
    /// <summary>
    /// The public members <paramref name="className"/> declares (a class, or a class template instantiation such as
    /// <c>itk::Image&lt;float,2&gt;</c>, whose members are read from its template), then, with <paramref name="inherited"/>,
    /// those of its public bases, nearest first, each class once.
    /// </summary>
    public static IReadOnlyList<LibclangMember> Of(IEnumerable<string> headers, IEnumerable<string> includeDirs, string className, bool inherited = true)
    {
        var diagnostics = new DiagnosticBag();
        if (!ClangLibrary.TryLoad(null, diagnostics) || ClangLibrary.FindResourceDir(null, diagnostics) is not { } resourceDir)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        }
        var options = new CppParserOptions();
        options.IncludeFolders.AddRange(includeDirs);
        var main = string.Concat(headers.Select(h => $"#include \"{Path.GetFullPath(h)}\"\n"))
            + $"namespace __members {{ typedef {className} probe; static_assert(sizeof(probe) > 0, \"\"); }}\n";
        var index = ClangNative.clang_createIndex(0, 0);
        try
        {
            var unit = ClangTranslationUnit.Parse(index, Path.Combine(Path.GetTempPath(), "itkbindgen-members.cpp"), main,
                options.BuildArguments(resourceDir), CXTranslationUnitFlags.SkipFunctionBodies | CXTranslationUnitFlags.KeepGoing, out var error);
            if (unit == 0)
            {
                throw new InvalidOperationException($"libclang could not parse the headers (error code {error})");
            }
            try
            {
                return Walk(unit, className, inherited);
            }
            finally
            {
                ClangNative.clang_disposeTranslationUnit(unit);
            }
        }
        finally
        {
            ClangNative.clang_disposeIndex(index);
        }
    }

    private static List<LibclangMember> Walk(nint unit, string className, bool inherited)
    {
        var probe = ClangVisitor.ChildList(ClangNative.clang_getTranslationUnitCursor(unit))
            .Where(c => c.Kind == CXCursorKind.Namespace && Clang.Spelling(c) == "__members")
            .SelectMany(ClangVisitor.ChildList).FirstOrDefault(c => c.Kind == CXCursorKind.TypedefDecl);
        var type = Clang.Canonical(ClangNative.clang_getTypedefDeclUnderlyingType(probe));
        if (Clang.IsNull(probe) || type.Kind != CXTypeKind.Record)
        {
            throw new ArgumentException($"'{className}' is not a class the headers declare", nameof(className));
        }
        var members = new List<LibclangMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<CXType>([type]);
        while (pending.TryDequeue(out var current))
        {
            var declaration = ClangNative.clang_getCursorDefinition(ClangNative.clang_getTypeDeclaration(current));
            var owner = NameOf(declaration);
            if (!seen.Add(owner))
            {
                continue;
            }
            // libclang shows no members of an implicit instantiation: they are its template's (or partial specialization's).
            var template = ClangNative.clang_getSpecializedCursorTemplate(declaration);
            var children = ClangVisitor.ChildList(declaration);
            var ownBody = children.Any(c => KindOf(c) is not null || c.Kind is CXCursorKind.CXXAccessSpecifier or CXCursorKind.CXXBaseSpecifier);
            var body = Clang.IsNull(template) || ownBody ? children : ClangVisitor.ChildList(template);
            members.AddRange(body.Where(IsPublicMember).Select(c => Member(c, owner)));
            if (inherited)
            {
                foreach (var specifier in ClangVisitor.Bases(current).Where(b => ClangNative.clang_getCXXAccessSpecifier(b) == CX_CXXAccessSpecifier.Public))
                {
                    pending.Enqueue(Clang.Canonical(ClangNative.clang_getCursorType(specifier)));
                }
            }
        }
        return members;
    }

    /// <summary>
    /// The qualified name with every template argument, defaulted ones included, as the model writes it
    /// (<c>itk::Image&lt;float, 2&gt;</c>): clang's type spelling leaves defaulted arguments out.
    /// </summary>
    private static string NameOf(CXCursor declaration)
    {
        var name = Clang.Spelling(declaration);
        var parent = ClangNative.clang_getCursorSemanticParent(declaration);
        if (parent.Kind is CXCursorKind.Namespace or CXCursorKind.ClassDecl or CXCursorKind.StructDecl)
        {
            name = $"{NameOf(parent)}::{name}";
        }
        var count = ClangNative.clang_Cursor_getNumTemplateArguments(declaration);
        if (count <= 0)
        {
            return name;
        }
        var arguments = Enumerable.Range(0, count).Select(i => (uint)i).Select(i => ClangNative.clang_Cursor_getTemplateArgumentKind(declaration, i) switch
        {
            CXTemplateArgumentKind.Type when Clang.Canonical(ClangNative.clang_Cursor_getTemplateArgumentType(declaration, i)) is { Kind: CXTypeKind.Record } record
                => NameOf(ClangNative.clang_getTypeDeclaration(record)),
            CXTemplateArgumentKind.Type => Clang.Spelling(Clang.Canonical(ClangNative.clang_Cursor_getTemplateArgumentType(declaration, i))),
            _ => ClangNative.clang_Cursor_getTemplateArgumentValue(declaration, i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return $"{name}<{string.Join(", ", arguments)}>";
    }

    private static bool IsPublicMember(CXCursor cursor) =>
        ClangNative.clang_getCXXAccessSpecifier(cursor) == CX_CXXAccessSpecifier.Public && KindOf(cursor) is not null
        && (cursor.Kind is not (CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl or CXCursorKind.EnumDecl)
            || ClangNative.clang_isCursorDefinition(cursor) != 0);

    private static LibclangMember Member(CXCursor cursor, string owner) => new(
        KindOf(cursor)!.Value, Clang.Spelling(cursor), owner, Clang.ToManaged(ClangNative.clang_getCursorDisplayName(cursor)),
        ClangNative.clang_CXXMethod_isDeleted(cursor) != 0, ClangLocation.Of(ClangNative.clang_getCursorLocation(cursor)));

    private static LibclangMemberKind? KindOf(CXCursor cursor) => cursor.Kind switch
    {
        CXCursorKind.CXXMethod when ClangNative.clang_CXXMethod_isStatic(cursor) != 0 => LibclangMemberKind.StaticMethod,
        CXCursorKind.CXXMethod when IsOperator(Clang.Spelling(cursor)) => LibclangMemberKind.Operator,
        CXCursorKind.CXXMethod => LibclangMemberKind.Method,
        CXCursorKind.Constructor => LibclangMemberKind.Constructor,
        CXCursorKind.Destructor => LibclangMemberKind.Destructor,
        CXCursorKind.ConversionFunction => LibclangMemberKind.Conversion,
        CXCursorKind.FunctionTemplate => LibclangMemberKind.FunctionTemplate,
        CXCursorKind.FieldDecl => LibclangMemberKind.Field,
        CXCursorKind.VarDecl => LibclangMemberKind.StaticField,
        CXCursorKind.EnumDecl => LibclangMemberKind.Enum,
        CXCursorKind.TypedefDecl or CXCursorKind.TypeAliasDecl => LibclangMemberKind.Typedef,
        CXCursorKind.ClassDecl or CXCursorKind.StructDecl or CXCursorKind.UnionDecl or CXCursorKind.ClassTemplate => LibclangMemberKind.Class,
        CXCursorKind.UsingDeclaration => LibclangMemberKind.UsingDeclaration,
        _ => null,
    };

    private static bool IsOperator(string name) =>
        name.StartsWith("operator", StringComparison.Ordinal) && name.Length > 8 && !(char.IsLetterOrDigit(name[8]) || name[8] == '_');
}
