using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    // By canonical spelling; a class being read is taken as usable meanwhile (a member pointing back at it is no subobject).
    private readonly Dictionary<string, SpecialMembers> _specialMembers = new(StringComparer.Ordinal);

    /// <summary>
    /// The special members of the class a record type names, for code outside it or (<paramref name="asBase"/>) for a
    /// derived class's implicit members; null for an anonymous or incomplete class.
    /// </summary>
    private SpecialMembers? SpecialMembersOf(CXType record, bool asBase = false)
    {
        var canonical = Clang.Canonical(record);
        var declaration = ClangNative.clang_getTypeDeclaration(canonical);
        if (canonical.Kind != CXTypeKind.Record || ClangNative.clang_Cursor_isAnonymous(declaration) != 0 || ClangNative.clang_Type_getSizeOf(canonical) < 0)
        {
            return null;
        }
        var key = (asBase ? "base " : string.Empty) + Clang.Spelling(canonical);
        if (_specialMembers.TryGetValue(key, out var known))
        {
            return known;
        }
        _specialMembers[key] = SpecialMembers.Usable;
        return _specialMembers[key] = SpecialMembersOf(canonical, ClangNative.clang_getCursorDefinition(declaration), Clang.Spelling(declaration), asBase);
    }

    /// <summary>
    /// The special members of a class from its definition's children; an implicit instantiation, whose members libclang
    /// does not list, is read from its template, with its fields (their types substituted) from the type.
    /// </summary>
    private SpecialMembers SpecialMembersOf(CXType canonical, CXCursor definition, string name, bool asBase)
    {
        var children = ClangVisitor.ChildList(definition);
        if (!children.Any(c => c.Kind is CXCursorKind.Constructor or CXCursorKind.Destructor or CXCursorKind.CXXMethod or CXCursorKind.FieldDecl)
            && ClangNative.clang_getSpecializedCursorTemplate(definition) is var template && !Clang.IsNull(template))
        {
            children = children.Where(c => c.Kind == CXCursorKind.CXXBaseSpecifier)
                .Concat(ClangVisitor.ChildList(template).Where(c => c.Kind != CXCursorKind.FieldDecl))
                .Concat(ClangVisitor.Fields(canonical)).ToList();
        }
        return SpecialMembers.Of(name, children, asBase, SpecialMembersOf, HasInitializer);
    }

    // A default member initializer: '= value' or braces after the name (array bounds are expressions too, so the text decides).
    private bool HasInitializer(CXCursor field)
    {
        var text = SourceText(field, limit: 4096).TrimEnd();
        return DefaultValueOf(text) is not null || text.EndsWith('}');
    }
}
