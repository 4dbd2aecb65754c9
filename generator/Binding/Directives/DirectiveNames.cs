namespace ItkBindGen.Binding.Directives;

/// <summary>The one normalisation of C++ names that directives and declarations are compared by.</summary>
public static class DirectiveNames
{
    /// <summary>Drops a leading '::', template arguments and white space, so spellings of one name compare equal.</summary>
    public static string Normalize(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c == '<')
            {
                depth++;
            }
            else if (c == '>')
            {
                depth--;
            }
            else if (depth == 0 && !char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
        }
        var result = text.ToString();
        return result.StartsWith("::", StringComparison.Ordinal) ? result[2..] : result;
    }

    /// <summary>A type spelling without white space, as <c>%apply</c> patterns and signature targets compare types.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
