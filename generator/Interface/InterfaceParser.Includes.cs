using ItkBindGen.Diagnostics;

namespace ItkBindGen.Interface;

// %include and %import: recording headers, and reading included interface files in place.
public sealed partial class InterfaceParser
{
    private bool ParseInclude(InterfaceToken directive, InterfaceTokenStream tokens, string includingFile, bool isImport)
    {
        // SWIG's %include(option) and %import(module="x") take options this tool has no use for.
        if (tokens.Peek().IsPunctuation("(") && ReadBalanced(tokens, "(", ")") is null)
        {
            return false;
        }
        if (ReadIncludePath(directive, tokens) is not { } path)
        {
            return false;
        }
        var isSystem = path.Kind == InterfaceTokenKind.Punctuation;
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
            tokens.ReturnToSource();
        }
        return true;
    }

    private void IncludeInterfaceFile(InterfaceInclude include)
    {
        if (include.ResolvedPath is not { } resolved)
        {
            if (LibraryFiles.NotProvidedReason(Path.GetFileName(include.Path)) is { } reason)
            {
                _diagnostics.Error(DiagnosticIds.LibraryFileNotProvided, include.Location, $"SWIG's library file '{include.Path}' is not provided: {reason}");
                return;
            }
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
        if (LibraryFiles.IsLibraryPath(resolved))
        {
            ParseFile(LibraryFiles.Read(resolved), resolved);
        }
        else if (TryReadText(resolved, include.Location, out var text))
        {
            ParseFile(text, resolved);
        }
    }

    /// <summary>
    /// Quoted names are looked up beside the including file first, then in the include folders, as a C compiler does;
    /// SWIG's library files shipped with the tool come last, so a user's own copy wins.
    /// </summary>
    private string? Resolve(string path, string includingFile, bool isSystem)
    {
        if (Path.IsPathRooted(path))
        {
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }
        var including = LibraryFiles.IsLibraryPath(includingFile) ? null : Path.GetDirectoryName(Path.GetFullPath(includingFile));
        var folders = isSystem || including is null ? _includeDirs : _includeDirs.Prepend(including);
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, path);
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return LibraryFiles.Find(path);
    }

    /// <summary>
    /// The file name after %include: <c>"file"</c>, <c>&lt;file&gt;</c> (returned as a '&lt;' punctuation token holding
    /// the path), or SWIG's unquoted <c>file.i</c> up to the end of the line or a ';'.
    /// </summary>
    private InterfaceToken? ReadIncludePath(InterfaceToken directive, InterfaceTokenStream tokens)
    {
        var first = tokens.Next();
        if (first.Kind is InterfaceTokenKind.String or InterfaceTokenKind.Error)
        {
            return first.Kind == InterfaceTokenKind.Error ? null : first;
        }
        var angle = first.IsPunctuation("<");
        if (!angle && (first.Kind is not (InterfaceTokenKind.Identifier or InterfaceTokenKind.Number) || first.LineStart))
        {
            tokens.PushBack(first);
            _diagnostics.Error(DiagnosticIds.MalformedInterfaceDirective, first.Location,
                $"expected a file name after %{directive.Text}: \"file.h\" or <file.h>, found '{first}'");
            return null;
        }
        var path = new System.Text.StringBuilder(angle ? string.Empty : first.Raw);
        while (true)
        {
            var next = tokens.Peek();
            var endOfLine = next.LineStart || next.Kind is InterfaceTokenKind.End or InterfaceTokenKind.Directive or InterfaceTokenKind.Verbatim;
            if (angle && next.IsPunctuation(">"))
            {
                tokens.Next();
                return first with { Text = path.ToString() };
            }
            if (endOfLine || next.Kind == InterfaceTokenKind.Error || (!angle && (next.IsPunctuation(";") || next.SpaceBefore)))
            {
                if (!angle)
                {
                    return first with { Kind = InterfaceTokenKind.String, Text = path.ToString() };
                }
                if (next.Kind != InterfaceTokenKind.Error)
                {
                    _diagnostics.Error(DiagnosticIds.UnterminatedInterfaceText, first.Location, "'<' has no closing '>' on the same line");
                }
                return null;
            }
            tokens.Next();
            if (next.SpaceBefore && path.Length > 0)
            {
                path.Append(' ');
            }
            path.Append(next.Raw);
        }
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
