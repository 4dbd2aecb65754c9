using ItkBindGen.Binding;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Cli;

/// <summary>
/// Reads a <c>--shared-instantiations</c> list: one template instantiation a line, a class (<c>itk::Neighborhood&lt;float, 2&gt;</c>)
/// or a function with its return type and parameter types (<c>void itk::Fill&lt;float&gt;(float*, int)</c>), <c>#</c> to
/// the end of a line a comment. A line is copied into the shim as <c>template class LINE;</c> or <c>template LINE;</c>,
/// so anything that could end that declaration or start another (<c>;</c>, braces, quotes, unbalanced brackets) is
/// refused at its column.
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
                    $"'{text}' is not a class or function template instantiation: {what}; write one a line, e.g. itk::Neighborhood<float, 2> or void itk::Fill<float>(float*, int)");
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

    /// <summary>Where (an offset in <paramref name="text"/>) and why the text cannot follow <c>template class</c> or <c>template</c>, or null.</summary>
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
        if (!char.IsLetter(text[0]) && text[0] != '_' && text[0] != ':')
        {
            return (0, "it must start with a name");
        }
        // A function: its name carries its template arguments, and the declaration ends with the parameter list (and
        // the const of a member function).
        if (TopLevel.IndexOf(text, '(') is var parenthesis and >= 0)
        {
            if (!text[..parenthesis].TrimEnd().EndsWith('>'))
            {
                return (parenthesis, "a function's name must end with its template argument list's '>' before its parameters");
            }
            var end = text.EndsWith(" const", StringComparison.Ordinal) ? text[..^" const".Length].TrimEnd() : text;
            return end.EndsWith(')') ? null : (text.Length - 1, "a function must end with its parameter list's ')' (or const)");
        }
        return text.EndsWith('>') ? null : (text.Length - 1, "a class must end with its template argument list's '>'");
    }
}
