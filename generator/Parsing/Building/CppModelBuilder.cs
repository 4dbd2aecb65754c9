using System.Text;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

/// <summary>
/// Builds the model from a translation unit, eagerly, so the unit can be disposed afterwards. Split by what it
/// builds: declarations (this file and .Declarations), classes, functions, types, templates and instantiations.
/// </summary>
internal sealed partial class CppModelBuilder
{
    private readonly nint _unit;
    private readonly CppCompilation _compilation;
    private readonly CppParserOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _mainFile;
    private readonly HashSet<string> _inputFiles;
    private readonly Dictionary<nint, string> _fileNames = [];
    private readonly HashSet<(ulong, ulong, ulong)> _inputFileIds = [];
    private readonly Dictionary<nint, bool> _isInputFile = [];
    private readonly Dictionary<nint, string> _fileTexts = [];
    private readonly Dictionary<nint, List<(uint Start, uint End, string Name)>> _macros = [];

    public CppModelBuilder(nint unit, CppCompilation compilation, CppParserOptions options, DiagnosticBag diagnostics, string mainFile)
    {
        _unit = unit;
        _compilation = compilation;
        _options = options;
        _diagnostics = diagnostics;
        _mainFile = mainFile;
        _inputFiles = new HashSet<string>(compilation.InputFiles, StringComparer.Ordinal);
        foreach (var input in compilation.InputFiles)
        {
            if (FileId(ClangFile(unit, input)) is { } id)
            {
                _inputFileIds.Add(id);
            }
        }
    }

    private static unsafe nint ClangFile(nint unit, string path)
    {
        var name = System.Runtime.InteropServices.Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            return ClangNative.clang_getFile(unit, (byte*)name);
        }
        finally
        {
            System.Runtime.InteropServices.Marshal.FreeCoTaskMem(name);
        }
    }

    private static unsafe (ulong, ulong, ulong)? FileId(nint file)
    {
        CXFileUniqueID id;
        return file != 0 && ClangNative.clang_getFileUniqueID(file, &id) == 0 ? (id.Data0, id.Data1, id.Data2) : null;
    }

    /// <summary>An input header, by identity: a header reached under another spelling of its path is the same file.</summary>
    private bool IsInputFile(nint file)
    {
        if (file == 0)
        {
            return false;
        }
        if (!_isInputFile.TryGetValue(file, out var result))
        {
            result = _inputFiles.Contains(Clang.ToManaged(ClangNative.clang_getFileName(file)))
                || (FileId(file) is { } id && _inputFileIds.Contains(id));
            _isInputFile[file] = result;
        }
        return result;
    }

    public void Build()
    {
        var root = ClangNative.clang_getTranslationUnitCursor(_unit);
        var children = ClangVisitor.ChildList(root);
        if (_options.RecordMacroExpansions)
        {
            CollectMacroExpansions(children);
        }
        VisitContainer(children, _compilation.GlobalNamespace);
        Prune(_compilation.GlobalNamespace);
        LinkUnresolvedBases();
    }

    private void LinkUnresolvedBases()
    {
        var byName = _compilation.AllClasses().Where(c => !c.IsTemplate).GroupBy(c => c.FullName).ToDictionary(g => g.Key, g => g.First());
        foreach (var baseType in _compilation.AllClasses().SelectMany(c => c.BaseTypes).Where(b => b.Class is null))
        {
            baseType.Class = byName.GetValueOrDefault(baseType.Type.CanonicalSpelling);
        }
    }

    private static void Prune(CppNamespace ns)
    {
        foreach (var child in ns.Namespaces)
        {
            Prune(child);
        }
        ns.Namespaces.RemoveAll(n => n.IsEmpty);
    }

    private void CollectMacroExpansions(List<CXCursor> children)
    {
        foreach (var cursor in children)
        {
            if (cursor.Kind != CXCursorKind.MacroExpansion)
            {
                continue;
            }
            var extent = ClangNative.clang_getCursorExtent(cursor);
            var (file, start) = ClangLocation.FileOffset(ClangNative.clang_getRangeStart(extent));
            var (_, end) = ClangLocation.FileOffset(ClangNative.clang_getRangeEnd(extent));
            if (!_macros.TryGetValue(file, out var list))
            {
                _macros[file] = list = [];
            }
            list.Add((start, end, Clang.Spelling(cursor)));
        }
    }

    /// <summary>The outermost macro expansion that covers the cursor's location, or null.</summary>
    private string? MacroOf(CXCursor cursor)
    {
        if (_macros.Count == 0)
        {
            return null;
        }
        var (file, offset) = ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(cursor));
        if (!_macros.TryGetValue(file, out var list))
        {
            return null;
        }
        // Expansions are in source order and do not overlap at top level: find the last one starting at or before offset.
        int low = 0, high = list.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (list[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        for (var i = found; i >= 0 && i > found - 8; i--)
        {
            if (list[i].Start <= offset && offset <= list[i].End)
            {
                return list[i].Name;
            }
        }
        return null;
    }

    private SourceLocation LocationOf(CXCursor cursor)
    {
        var (file, _) = ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(cursor));
        return file == 0 ? SourceLocation.None : ClangLocation.Of(ClangNative.clang_getCursorLocation(cursor));
    }

    private string FileNameOf(CXCursor cursor)
    {
        var (file, _) = ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(cursor));
        if (file == 0)
        {
            return string.Empty;
        }
        if (!_fileNames.TryGetValue(file, out var name))
        {
            _fileNames[file] = name = Clang.ToManaged(ClangNative.clang_getFileName(file));
        }
        return name;
    }

    /// <summary>
    /// clang's view, except that a header the parse was asked for never is one: clang marks a file system for good when
    /// it is first reached through a system include folder (a library under /usr/include including its own headers).
    /// </summary>
    private bool IsInSystemHeader(CXCursor cursor)
    {
        var location = ClangNative.clang_getCursorLocation(cursor);
        return ClangNative.clang_Location_isInSystemHeader(location) != 0 && !IsInputFile(ClangLocation.FileOffset(location).File);
    }

    private bool IsWanted(CXCursor cursor)
    {
        var (file, _) = ClangLocation.FileOffset(ClangNative.clang_getCursorLocation(cursor));
        if (IsInputFile(file))
        {
            return true;
        }
        var name = FileNameOf(cursor);
        return _options.IncludeAllUserHeaders && name.Length > 0 && name != _mainFile && !IsInSystemHeader(cursor);
    }

    private static string? CommentOf(CXCursor cursor)
    {
        var text = Clang.ToManaged(ClangNative.clang_Cursor_getRawCommentText(cursor));
        if (text.Length == 0 && cursor.Kind is CXCursorKind.CXXMethod or CXCursorKind.Constructor or CXCursorKind.Destructor or CXCursorKind.ConversionFunction)
        {
            // A member of an instantiation has no comment of its own; the template's member has it.
            var pattern = ClangNative.clang_getSpecializedCursorTemplate(cursor);
            if (!Clang.IsNull(pattern))
            {
                text = Clang.ToManaged(ClangNative.clang_Cursor_getRawCommentText(pattern));
            }
        }
        return text.Length == 0 ? null : text;
    }

    /// <summary>The cursor's source text (from expansion locations), or empty; at most <paramref name="limit"/> characters.</summary>
    private unsafe string SourceText(CXCursor cursor, int limit = int.MaxValue)
    {
        var extent = ClangNative.clang_getCursorExtent(cursor);
        var (file, start) = ClangLocation.FileOffset(ClangNative.clang_getRangeStart(extent));
        var (endFile, end) = ClangLocation.FileOffset(ClangNative.clang_getRangeEnd(extent));
        if (file == 0 || file != endFile || end <= start)
        {
            return string.Empty;
        }
        if (!_fileTexts.TryGetValue(file, out var text))
        {
            nuint size;
            var contents = ClangNative.clang_getFileContents(_unit, file, &size);
            text = contents == null ? string.Empty : Encoding.UTF8.GetString(contents, (int)size);
            _fileTexts[file] = text;
        }
        // Offsets are bytes; headers are ASCII in practice, and a mismatch only costs a default value's text.
        return end <= text.Length ? text.Substring((int)start, (int)Math.Min(end - start, (uint)limit)) : string.Empty;
    }

    /// <summary>The text after the first top-level '=' of a declaration (a default argument), or null.</summary>
    internal static string? DefaultValueOf(string declarationText)
    {
        var depth = 0;
        for (var i = 0; i < declarationText.Length; i++)
        {
            switch (declarationText[i])
            {
                case '(' or '[' or '{' or '<':
                    depth++;
                    break;
                case ')' or ']' or '}' or '>':
                    depth--;
                    break;
                case '=' when depth == 0:
                    var next = i + 1 < declarationText.Length ? declarationText[i + 1] : '\0';
                    var previous = i > 0 ? declarationText[i - 1] : '\0';
                    if (next != '=' && previous is not ('=' or '!' or '<' or '>'))
                    {
                        var value = declarationText[(i + 1)..].Trim();
                        return value.Length == 0 ? null : value;
                    }
                    break;
            }
        }
        return null;
    }

    private static CppAccess AccessOf(CXCursor cursor) => ClangNative.clang_getCXXAccessSpecifier(cursor) switch
    {
        CX_CXXAccessSpecifier.Protected => CppAccess.Protected,
        CX_CXXAccessSpecifier.Private => CppAccess.Private,
        _ => CppAccess.Public,
    };
}
