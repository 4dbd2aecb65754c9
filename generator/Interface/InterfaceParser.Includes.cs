using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// %include and %import: recording headers, and reading included interface files in place.
public sealed partial class InterfaceParser
{
    private bool ParseInclude(InterfaceToken directive, InterfaceTokenStream tokens, string includingFile, bool isImport)
    {
        var isSystem = true;
        var path = tokens.Scanner.TryScanAnglePath();
        if (path is null)
        {
            isSystem = false;
            path = tokens.Next();
            if (path.Kind != InterfaceTokenKind.String)
            {
                tokens.PushBack(path);
                if (path.Kind != InterfaceTokenKind.Error)
                {
                    _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, path.Location,
                        $"expected a file name after %{directive.Text}: \"file.h\" or <file.h>, found '{path}'");
                }
                return false;
            }
        }
        if (path.Kind == InterfaceTokenKind.Error)
        {
            return false;
        }
        if (path.Text.Trim().Length == 0)
        {
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, path.Location, $"%{directive.Text} needs a file name");
            return false;
        }
        tokens.Accept(";");

        var resolved = Resolve(path.Text, includingFile, isSystem);
        var include = new InterfaceInclude(path.Text, resolved, isSystem, isImport, directive.Location);
        _result.AddInclude(include);
        if (include.IsInterfaceFile)
        {
            IncludeInterfaceFile(include);
        }
        return true;
    }

    private void IncludeInterfaceFile(InterfaceInclude include)
    {
        if (include.ResolvedPath is not { } resolved)
        {
            var searched = string.Join(", ", _includeDirs.Prepend(include.IsSystem ? null : "the including file's folder").OfType<string>());
            _diagnostics.Error(DiagnosticIds.InterfaceIncludeNotFound, include.Location,
                $"cannot find interface file '{include.Path}' (searched {(searched.Length == 0 ? "no folders; add one with -I" : searched)})");
            return;
        }
        if (include.IsImport)
        {
            return; // An imported module's directives belong to that module; only its name is needed here.
        }
        var cycleStart = _openFiles.IndexOf(resolved);
        if (cycleStart >= 0)
        {
            var cycle = string.Join(" -> ", _openFiles.Skip(cycleStart).Append(resolved).Select(Path.GetFileName));
            _diagnostics.Error(DiagnosticIds.InterfaceIncludeCycle, include.Location, $"'{include.Path}' includes itself: {cycle}");
            return;
        }
        if (_readFiles.Contains(resolved))
        {
            return; // As in SWIG, an interface file is read once however often it is included.
        }
        if (TryReadText(resolved, include.Location, out var text))
        {
            ParseFile(text, resolved);
        }
    }

    /// <summary>Quoted names are looked up beside the including file first, then in the include folders, as a C compiler does.</summary>
    private string? Resolve(string path, string includingFile, bool isSystem)
    {
        if (Path.IsPathRooted(path))
        {
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }
        var folders = isSystem ? _includeDirs : _includeDirs.Prepend(Path.GetDirectoryName(Path.GetFullPath(includingFile)) ?? ".");
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, path);
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return null;
    }

    private static readonly System.Text.UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The index of the first byte that is not part of valid UTF-8, or null.</summary>
    private static int? FirstInvalidUtf8(byte[] bytes)
    {
        var remaining = bytes.AsSpan();
        var offset = 0;
        while (remaining.Length > 0)
        {
            var status = System.Text.Rune.DecodeFromUtf8(remaining, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
            remaining = remaining[consumed..];
        }
        return null;
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int index)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }
        return (line, System.Text.Encoding.UTF8.GetCharCount(bytes, start, index - start) + 1);
    }

    private bool TryReadText(string path, SourceLocation includedFrom, out string text)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (FirstInvalidUtf8(bytes) is { } bad)
            {
                var (line, column) = LineAndColumn(bytes, bad);
                _diagnostics.Error(DiagnosticIds.UnreadableInterfaceFile, new SourceLocation(path, line, column),
                    $"interface file '{path}' is not UTF-8 text: byte 0x{bytes[bad]:X2} is not valid here; save it as UTF-8");
                text = string.Empty;
                return false;
            }
            // A byte order mark is not text, as File.ReadAllText would drop it.
            var bom = bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? 3 : 0;
            text = Strict.GetString(bytes, bom, bytes.Length - bom);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var where = includedFrom.IsKnown ? includedFrom : new SourceLocation(path, 0, 0);
            _diagnostics.Error(DiagnosticIds.UnreadableInterfaceFile, where, $"cannot read interface file '{path}': {e.Message}");
            text = string.Empty;
            return false;
        }
    }
}
