using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

/// <summary>Source locations in their expanded form (a macro-made declaration is placed at the macro's use).</summary>
internal static class ClangLocation
{
    public static unsafe SourceLocation Of(CXSourceLocation location)
    {
        nint file;
        uint line, column, offset;
        ClangNative.clang_getExpansionLocation(location, &file, &line, &column, &offset);
        if (file == 0)
        {
            return SourceLocation.None;
        }
        return new SourceLocation(Clang.ToManaged(ClangNative.clang_getFileName(file)), (int)line, (int)column);
    }

    public static unsafe (nint File, uint Offset) FileOffset(CXSourceLocation location)
    {
        nint file;
        uint line, column, offset;
        ClangNative.clang_getExpansionLocation(location, &file, &line, &column, &offset);
        return (file, offset);
    }
}
