using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    /// <summary>A class declaration that is a template specialization written in a header (explicit specialization or instantiation).</summary>
    private static bool IsSpecialization(CXCursor cursor) =>
        ClangNative.clang_getSpecializedCursorTemplate(cursor).Kind is CXCursorKind.ClassTemplate or CXCursorKind.ClassTemplatePartialSpecialization;

    /// <summary>
    /// An explicit specialization or instantiation written in a header, resolved through its type like any instantiation, so
    /// its bases and members are the class's whatever else the header declares first (libclang shows an explicit
    /// instantiation with no members and no bases of its own). Null when it only declares (<c>template &lt;&gt; class Foo&lt;2&gt;;</c>).
    /// </summary>
    private CppClass? BuildSpecialization(CXCursor cursor)
    {
        if (ClangNative.clang_isCursorDefinition(cursor) == 0)
        {
            return null;
        }
        var type = Clang.Canonical(ClangNative.clang_getCursorType(cursor));
        if (type.Kind != CXTypeKind.Record || ClangNative.clang_Type_getSizeOf(type) < 0)
        {
            return null;
        }
        if (ClangLibrary.SupportsInstantiationMembers)
        {
            return ResolveClass(type);
        }
        // Without LLVM 21's member visitors only an explicit specialization's own body can be read.
        return SpecializationKindOf(cursor, written: true) == CppSpecializationKind.ExplicitSpecialization ? BuildClass(cursor) : null;
    }

    /// <summary>
    /// Read from the declaration's first tokens (libclang has no call for it): <c>template &lt;&gt;</c> starts an explicit
    /// specialization, <c>extern template</c> or <c>template class</c> an explicit instantiation, and an implicit
    /// instantiation spans its template's own declaration (<c>template &lt;typename T&gt; class</c>).
    /// </summary>
    private CppSpecializationKind SpecializationKindOf(CXCursor declaration, bool written)
    {
        // The first tokens are enough: an implicit instantiation spans its whole template.
        var text = SourceText(declaration, limit: 200).TrimStart();
        if (text.StartsWith("extern", StringComparison.Ordinal))
        {
            return CppSpecializationKind.ExplicitInstantiation;
        }
        if (text.StartsWith("template", StringComparison.Ordinal))
        {
            var rest = text[8..].TrimStart();
            if (!rest.StartsWith('<'))
            {
                return CppSpecializationKind.ExplicitInstantiation;
            }
            if (rest[1..].TrimStart().StartsWith('>'))
            {
                return CppSpecializationKind.ExplicitSpecialization;
            }
            return written ? CppSpecializationKind.ExplicitInstantiation : CppSpecializationKind.Implicit;
        }
        // Written through a macro: libclang visits the body of an explicit specialization only.
        if (ClangVisitor.ChildList(declaration).Any(c => c.Kind is CXCursorKind.CXXAccessSpecifier or CXCursorKind.CXXBaseSpecifier
            or CXCursorKind.CXXMethod or CXCursorKind.FieldDecl or CXCursorKind.Constructor))
        {
            return CppSpecializationKind.ExplicitSpecialization;
        }
        return written ? CppSpecializationKind.ExplicitInstantiation : CppSpecializationKind.Implicit;
    }
}
