using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ItkBindGen.Parsing.Interop;

/// <summary>Small conveniences over the raw API: strings are always disposed.</summary>
internal static unsafe class Clang
{
    public static string ToManaged(CXString text)
    {
        try
        {
            var chars = ClangNative.clang_getCString(text);
            return chars == null ? string.Empty : Marshal.PtrToStringUTF8((nint)chars) ?? string.Empty;
        }
        finally
        {
            ClangNative.clang_disposeString(text);
        }
    }

    public static string Spelling(CXCursor cursor) => ToManaged(ClangNative.clang_getCursorSpelling(cursor));

    // Declarations of an interface file are read in a namespace of their own that no name may show.
    private const string DeclarationPrefix = CppSourceText.DeclarationNamespace + "::";

    public static string Spelling(CXType type)
    {
        var spelling = ToManaged(ClangNative.clang_getTypeSpelling(type));
        return spelling.Contains(DeclarationPrefix, StringComparison.Ordinal) ? spelling.Replace(DeclarationPrefix, string.Empty, StringComparison.Ordinal) : spelling;
    }

    public static bool IsNull(CXCursor cursor) => ClangNative.clang_Cursor_isNull(cursor) != 0;

    public static CXType Canonical(CXType type) => ClangNative.clang_getCanonicalType(type);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Flag(uint value) => value != 0;
}
