using System.Runtime.InteropServices;

namespace ItkBindGen.Parsing.Interop;

/// <summary>The part of libclang's C API the parser uses; resolved at run time by <see cref="ClangLibrary"/>.</summary>
internal static unsafe partial class ClangNative
{
    public const string Library = "libclang";

    // Strings.
    [LibraryImport(Library)] public static partial byte* clang_getCString(CXString text);
    [LibraryImport(Library)] public static partial void clang_disposeString(CXString text);

    // Index and translation unit.
    [LibraryImport(Library)] public static partial nint clang_createIndex(int excludeDeclarationsFromPch, int displayDiagnostics);
    [LibraryImport(Library)] public static partial void clang_disposeIndex(nint index);
    [LibraryImport(Library)]
    public static partial int clang_parseTranslationUnit2(nint index, byte* sourceFilename, byte** commandLineArgs, int numCommandLineArgs,
        CXUnsavedFile* unsavedFiles, uint numUnsavedFiles, uint options, nint* translationUnit);
    [LibraryImport(Library)] public static partial void clang_disposeTranslationUnit(nint translationUnit);
    [LibraryImport(Library)] public static partial CXCursor clang_getTranslationUnitCursor(nint translationUnit);
    [LibraryImport(Library)] public static partial CXString clang_getClangVersion();
    [LibraryImport(Library)] public static partial byte* clang_getFileContents(nint translationUnit, nint file, nuint* size);

    // Diagnostics.
    [LibraryImport(Library)] public static partial uint clang_getNumDiagnostics(nint translationUnit);
    [LibraryImport(Library)] public static partial nint clang_getDiagnostic(nint translationUnit, uint index);
    [LibraryImport(Library)] public static partial void clang_disposeDiagnostic(nint diagnostic);
    [LibraryImport(Library)] public static partial CXDiagnosticSeverity clang_getDiagnosticSeverity(nint diagnostic);
    [LibraryImport(Library)] public static partial CXString clang_getDiagnosticSpelling(nint diagnostic);
    [LibraryImport(Library)] public static partial CXSourceLocation clang_getDiagnosticLocation(nint diagnostic);

    // Locations.
    [LibraryImport(Library)] public static partial CXSourceLocation clang_getCursorLocation(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXSourceRange clang_getCursorExtent(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXSourceLocation clang_getRangeStart(CXSourceRange range);
    [LibraryImport(Library)] public static partial CXSourceLocation clang_getRangeEnd(CXSourceRange range);
    [LibraryImport(Library)] public static partial void clang_getExpansionLocation(CXSourceLocation location, nint* file, uint* line, uint* column, uint* offset);
    [LibraryImport(Library)] public static partial void clang_getPresumedLocation(CXSourceLocation location, CXString* fileName, uint* line, uint* column);
    [LibraryImport(Library)] public static partial CXString clang_getFileName(nint file);
    [LibraryImport(Library)] public static partial int clang_Location_isInSystemHeader(CXSourceLocation location);
    [LibraryImport(Library)] public static partial nint clang_getFile(nint translationUnit, byte* fileName);
    [LibraryImport(Library)] public static partial int clang_getFileUniqueID(nint file, CXFileUniqueID* id);

    // Cursors.
    [LibraryImport(Library)] public static partial uint clang_visitChildren(CXCursor parent, delegate* unmanaged<CXCursor, CXCursor, nint, CXChildVisitResult> visitor, nint clientData);
    [LibraryImport(Library)] public static partial CXString clang_getCursorSpelling(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXString clang_getCursorDisplayName(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXCursor clang_getCursorSemanticParent(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXCursor clang_getCursorDefinition(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXCursor clang_getCanonicalCursor(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_equalCursors(CXCursor a, CXCursor b);
    [LibraryImport(Library)] public static partial int clang_Cursor_isNull(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXType clang_getCursorType(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXType clang_getCursorResultType(CXCursor cursor);
    [LibraryImport(Library)] public static partial CX_CXXAccessSpecifier clang_getCXXAccessSpecifier(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_isCursorDefinition(CXCursor cursor);
    /// <summary>CXLinkageKind: 0 invalid, 1 none, 2 internal, 3 unique external (an unnamed namespace's), 4 external.</summary>
    [LibraryImport(Library)] public static partial int clang_getCursorLinkage(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_isVirtualBase(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_CXXRecord_isAbstract(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_Cursor_isAnonymous(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXString clang_Cursor_getRawCommentText(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXString clang_Cursor_getBriefCommentText(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXCursor clang_getSpecializedCursorTemplate(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXCursorKind clang_getTemplateCursorKind(CXCursor cursor);

    // Functions and methods.
    [LibraryImport(Library)] public static partial int clang_Cursor_getNumArguments(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXCursor clang_Cursor_getArgument(CXCursor cursor, uint index);
    [LibraryImport(Library)] public static partial uint clang_CXXMethod_isStatic(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_CXXMethod_isConst(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_CXXMethod_isVirtual(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_CXXMethod_isPureVirtual(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_CXXMethod_isDeleted(CXCursor cursor);
    [LibraryImport(Library)] public static partial int clang_Type_getCXXRefQualifier(CXType type);
    [LibraryImport(Library)] public static partial uint clang_CXXMethod_isDefaulted(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_CXXConstructor_isCopyConstructor(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_CXXConstructor_isMoveConstructor(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_isFunctionTypeVariadic(CXType type);
    [LibraryImport(Library)] public static partial CXAvailabilityKind clang_getCursorAvailability(CXCursor cursor);

    // Enums.
    [LibraryImport(Library)] public static partial CXType clang_getEnumDeclIntegerType(CXCursor cursor);
    [LibraryImport(Library)] public static partial long clang_getEnumConstantDeclValue(CXCursor cursor);
    [LibraryImport(Library)] public static partial ulong clang_getEnumConstantDeclUnsignedValue(CXCursor cursor);
    [LibraryImport(Library)] public static partial uint clang_EnumDecl_isScoped(CXCursor cursor);

    // Templates.
    [LibraryImport(Library)] public static partial int clang_Cursor_getNumTemplateArguments(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXTemplateArgumentKind clang_Cursor_getTemplateArgumentKind(CXCursor cursor, uint index);
    [LibraryImport(Library)] public static partial CXType clang_Cursor_getTemplateArgumentType(CXCursor cursor, uint index);
    [LibraryImport(Library)] public static partial long clang_Cursor_getTemplateArgumentValue(CXCursor cursor, uint index);
    [LibraryImport(Library)] public static partial ulong clang_Cursor_getTemplateArgumentUnsignedValue(CXCursor cursor, uint index);

    // Types.
    [LibraryImport(Library)] public static partial CXString clang_getTypeSpelling(CXType type);
    [LibraryImport(Library)] public static partial CXType clang_getCanonicalType(CXType type);
    [LibraryImport(Library)] public static partial CXType clang_getPointeeType(CXType type);
    [LibraryImport(Library)] public static partial CXType clang_getResultType(CXType type);
    [LibraryImport(Library)] public static partial int clang_getNumArgTypes(CXType type);
    [LibraryImport(Library)] public static partial CXType clang_getArgType(CXType type, uint index);
    [LibraryImport(Library)] public static partial CXType clang_getArrayElementType(CXType type);
    [LibraryImport(Library)] public static partial long clang_getArraySize(CXType type);
    [LibraryImport(Library)] public static partial CXType clang_Type_getNamedType(CXType type);
    [LibraryImport(Library)] public static partial CXType clang_getTypedefDeclUnderlyingType(CXCursor cursor);
    [LibraryImport(Library)] public static partial CXCursor clang_getTypeDeclaration(CXType type);
    [LibraryImport(Library)] public static partial CXType clang_getUnqualifiedType(CXType type);
    [LibraryImport(Library)] public static partial uint clang_isConstQualifiedType(CXType type);
    [LibraryImport(Library)] public static partial uint clang_isVolatileQualifiedType(CXType type);
    [LibraryImport(Library)] public static partial long clang_Type_getSizeOf(CXType type);
    [LibraryImport(Library)] public static partial uint clang_Type_visitFields(CXType type, delegate* unmanaged<CXCursor, nint, CXVisitorResult> visitor, nint clientData);

    // libclang 21+/20+: members and bases of a class template instantiation with every type substituted.
    [LibraryImport(Library)] public static partial uint clang_visitCXXMethods(CXType type, delegate* unmanaged<CXCursor, nint, CXVisitorResult> visitor, nint clientData);
    [LibraryImport(Library)] public static partial uint clang_visitCXXBaseClasses(CXType type, delegate* unmanaged<CXCursor, nint, CXVisitorResult> visitor, nint clientData);
}
