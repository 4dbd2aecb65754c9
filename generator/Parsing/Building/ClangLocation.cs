using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

/// <summary>
/// Source locations in their expanded form (a macro-made declaration is placed at the macro's use), as
/// <c>#line</c> presents them: C++ taken from an interface file is parsed from text that says where it was written.
/// </summary>
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
        var physical = Clang.ToManaged(ClangNative.clang_getFileName(file));
        if (!CppSourceText.IsSourceTextPath(physical))
        {
            return new SourceLocation(physical, (int)line, (int)column);
        }
        CXString presumedFile;
        uint presumedLine, presumedColumn;
        ClangNative.clang_getPresumedLocation(location, &presumedFile, &presumedLine, &presumedColumn);
        var name = Clang.ToManaged(presumedFile);
        return name.Length == 0 ? new SourceLocation(physical, (int)line, (int)column) : new SourceLocation(name, (int)presumedLine, (int)presumedColumn);
    }

    public static unsafe (nint File, uint Offset) FileOffset(CXSourceLocation location)
    {
        nint file;
        uint line, column, offset;
        ClangNative.clang_getExpansionLocation(location, &file, &line, &column, &offset);
        return (file, offset);
    }
}
