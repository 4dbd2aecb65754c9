namespace ItkBindGen.Binding;

/// <summary>Positions in a C++ spelling outside every template argument list and parenthesis.</summary>
public static class TopLevel
{
    /// <summary>The indices of <paramref name="wanted"/> outside <c>&lt;...&gt;</c> and <c>(...)</c>; an opening bracket counts as outside.</summary>
    public static IEnumerable<int> IndicesOf(string text, char wanted)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == wanted && depth == 0)
            {
                yield return i;
            }
            depth += c is '<' or '(' ? 1 : c is '>' or ')' ? -1 : 0;
        }
    }

    /// <summary>The first such index, or -1.</summary>
    public static int IndexOf(string text, char wanted) => IndicesOf(text, wanted).DefaultIfEmpty(-1).First();

    /// <summary>The last such index, or -1.</summary>
    public static int LastIndexOf(string text, char wanted) => IndicesOf(text, wanted).DefaultIfEmpty(-1).Last();

    /// <summary>The text split at <paramref name="separator"/> where it stands outside every bracket: a list's items.</summary>
    public static IEnumerable<string> Split(string text, char separator)
    {
        var start = 0;
        foreach (var i in IndicesOf(text, separator))
        {
            yield return text[start..i];
            start = i + 1;
        }
        yield return text[start..];
    }
}
