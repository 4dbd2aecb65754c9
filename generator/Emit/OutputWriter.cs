using System.Text;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Emit;

/// <summary>
/// Writes a whole generation at once, or not at all. Files are collected first; if the run has errors nothing is
/// touched. Otherwise only files whose bytes change are written, so MSBuild's incremental build sees no change
/// for the rest, and each is written to a temporary file beside it and moved into place, so an interrupted run
/// never leaves a half-written file. Text is written as UTF-8 without a byte order mark, with LF line endings.
/// </summary>
public sealed class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Adds a file to write; the path is made full. Adding one path twice with different text is a generator bug.</summary>
    public void Add(string path, string content)
    {
        var fullPath = Path.GetFullPath(path);
        var bytes = Encode(content);
        if (_files.TryGetValue(fullPath, out var existing) && !existing.AsSpan().SequenceEqual(bytes))
        {
            throw new InvalidOperationException($"Two different contents were generated for '{fullPath}'.");
        }
        _files[fullPath] = bytes;
    }

    /// <summary>
    /// Writes the collected files unless <paramref name="diagnostics"/> has errors. With <paramref name="manifestPath"/>,
    /// the run also writes a manifest: the files it produced, one path a line relative to the manifest's folder.
    /// Files the previous manifest at that path listed and this run no longer produces are deleted from the folders
    /// this run writes to, so a removed %template leaves no proxy behind, and files of other modules (other
    /// manifests) are never touched.
    /// </summary>
    public OutputResult Commit(DiagnosticBag diagnostics, string? manifestPath = null)
    {
        if (diagnostics.HasErrors)
        {
            return OutputResult.NothingWritten;
        }
        var previous = manifestPath is null ? [] : ReadManifest(Path.GetFullPath(manifestPath));
        if (manifestPath is not null)
        {
            Add(manifestPath, Manifest(Path.GetFullPath(manifestPath)));
        }

        var changed = new List<string>();
        var unchanged = new List<string>();
        foreach (var (path, bytes) in _files)
        {
            (IsSameAsOnDisk(path, bytes) ? unchanged : changed).Add(path);
        }

        // Every temporary file is complete before the first one is moved in, so a full disk changes nothing.
        var temporaries = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var path in changed)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temporaries.Add((temporary, path));
                File.WriteAllBytes(temporary, _files[path]);
            }
            foreach (var (temporary, target) in temporaries)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in temporaries)
            {
                TryDelete(temporary);
            }
            diagnostics.Error(DiagnosticIds.OutputWriteFailed, SourceLocation.None, $"cannot write the generated files: {e.Message}");
            return OutputResult.NothingWritten;
        }

        var removed = RemoveStaleFiles(previous, diagnostics);
        return new OutputResult(changed, unchanged, removed, Committed: true);
    }

    /// <summary>Writes <paramref name="files"/> (path, content) as one generation; see <see cref="Commit"/>.</summary>
    public static OutputResult Write(IEnumerable<KeyValuePair<string, string>> files, DiagnosticBag diagnostics, string? manifestPath = null)
    {
        var writer = new OutputWriter();
        foreach (var (path, content) in files)
        {
            writer.Add(path, content);
        }
        return writer.Commit(diagnostics, manifestPath);
    }

    /// <summary>The full paths a manifest lists; none when it does not exist or cannot be read.</summary>
    public static IReadOnlyList<string> ReadManifest(string manifestPath)
    {
        try
        {
            if (!File.Exists(manifestPath))
            {
                return [];
            }
            var folder = Path.GetDirectoryName(manifestPath)!;
            return File.ReadAllLines(manifestPath)
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .Select(line => Path.GetFullPath(line, folder))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private string Manifest(string manifestPath)
    {
        var folder = Path.GetDirectoryName(manifestPath)!;
        var lines = _files.Keys.Where(p => p != manifestPath)
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return "# Files itkbindgen generated for one module: the next run deletes those it no longer produces.\n"
            + string.Concat(lines.Select(line => line + "\n"));
    }

    /// <summary>The exact bytes written for <paramref name="content"/>: LF line endings, UTF-8, no byte order mark.</summary>
    public static byte[] Encode(string content) => Utf8.GetBytes(content.TrimStart('\uFEFF').ReplaceLineEndings("\n"));

    private static bool IsSameAsOnDisk(string path, byte[] bytes)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // Unreadable: writing it will report the real problem.
        }
    }

    private List<string> RemoveStaleFiles(IReadOnlyList<string> previous, DiagnosticBag diagnostics)
    {
        var removed = new List<string>();
        // Only in the folders this run writes to: an edited or stale manifest never deletes anything elsewhere.
        var folders = _files.Keys.Select(Path.GetDirectoryName).ToHashSet(StringComparer.Ordinal);
        foreach (var path in previous.Where(p => !_files.ContainsKey(p) && folders.Contains(Path.GetDirectoryName(p)) && File.Exists(p)).Order(StringComparer.Ordinal))
        {
            try
            {
                File.Delete(path);
                removed.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Warning(DiagnosticIds.StaleOutputNotRemoved, new SourceLocation(path, 0, 0), $"cannot remove a generated file this run no longer produces: {e.Message}");
            }
        }
        return removed;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless: its name starts with '.' and ends in '.tmp'.
        }
    }
}
