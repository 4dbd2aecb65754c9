using ItkBindGen.Binding;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Cli;

/// <summary>
/// Reads a <c>--shared-instantiations</c> list: one class template instantiation a line (<c>itk::Neighborhood&lt;float, 2&gt;</c>),
/// <c>#</c> to the end of a line a comment. A line is copied into the shim as <c>template class LINE;</c>, so anything
/// that could end that declaration or start another (<c>;</c>, braces, quotes, unbalanced brackets) is refused at its column.
/// </summary>
internal static class InstantiationListFile
{
    public static ListedInstantiations Read(string path, DiagnosticBag diagnostics)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.InstantiationListInvalid, SourceLocation.None, $"--shared-instantiations '{path}' cannot be read: {e.Message}");
            return ListedInstantiations.None;
        }
        var entries = new List<ListedInstantiation>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var text = (comment >= 0 ? line[..comment] : line).TrimEnd();
            var start = text.Length - text.TrimStart().Length;
            text = text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (Problem(text) is var (offset, what))
            {
                diagnostics.Error(DiagnosticIds.InstantiationListInvalid, new SourceLocation(path, i + 1, start + offset + 1),
                    $"'{text}' is not a class template instantiation: {what}; write one a line, e.g. itk::Neighborhood<float, 2>");
                continue;
            }
            if (seen.TryGetValue(ListedInstantiations.Key(text), out var first))
            {
                diagnostics.Error(DiagnosticIds.InstantiationListInvalid, new SourceLocation(path, i + 1, start + 1),
                    $"'{text}' is listed at line {first} already; remove one of the two");
                continue;
            }
            seen[ListedInstantiations.Key(text)] = i + 1;
            entries.Add(new ListedInstantiation(text, i + 1));
        }
        return new ListedInstantiations(Path.GetFileName(path), entries);
    }

    /// <summary>Where (an offset in <paramref name="text"/>) and why the text cannot follow <c>template class</c>, or null.</summary>
    private static (int Offset, string What)? Problem(string text)
    {
        var closers = new Stack<char>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                return (i, $"a comment ('{text[i..(i + 2)]}') cannot be part of it");
            }
            switch (c)
            {
                case ';' or '{' or '}' or '"' or '\'' or '\\' or '#':
                    return (i, $"'{c}' cannot be part of it");
                case '<':
                    closers.Push('>');
                    break;
                case '(':
                    closers.Push(')');
                    break;
                case '[':
                    closers.Push(']');
                    break;
                case '>' or ')' or ']':
                    if (closers.Count == 0 || closers.Pop() != c)
                    {
                        return (i, $"'{c}' closes nothing");
                    }
                    break;
            }
        }
        if (closers.Count > 0)
        {
            return (text.Length - 1, $"'{closers.Peek()}' is missing at the end");
        }
        if (!text.EndsWith('>') || !char.IsLetter(text[0]) && text[0] != '_' && text[0] != ':')
        {
            return (0, "it must name a template and end with its argument list's '>'");
        }
        return null;
    }
}
