namespace ItkBindGen.Cli;

/// <summary>
/// Whether an interface file's own code blocks (<c>%{ %}</c>, <c>%inline</c>, <c>%header</c>, <c>%wrapper</c>, ...) hold
/// C++ beyond preprocessor lines and comments: such code may define functions and variables, which the one header every
/// shim source includes would define once a source, so the module is then compiled as one translation unit. Only
/// <c>#include</c>s and macros keep the units. The tool's own library files (<c>exception.i</c>, <c>carrays.i</c>, ...)
/// define inline and static functions and classes alone, which every source may compile, and do not count.
/// </summary>
internal static class VerbatimCode
{
    public static bool DefinesCode(IEnumerable<Interface.InterfaceFile> files) =>
        files.SelectMany(f => f.VerbatimBlocks).Any(b => !Interface.LibraryFiles.IsLibraryPath(b.Location.File) && HasCode(b.Text));

    /// <summary>
    /// Text left after preprocessor lines (with their continuations) and comments are taken out. A comment that opens
    /// on a preprocessor line and closes on a later one leaves its end behind, which counts as code: the error is
    /// always towards one translation unit, which compiles whatever the units would.
    /// </summary>
    public static bool HasCode(string text)
    {
        var continued = false;
        var inComment = false;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (continued || (!inComment && trimmed.TrimStart().StartsWith('#')))
            {
                continued = trimmed.EndsWith('\\');
                continue;
            }
            for (var i = 0; i < trimmed.Length; i++)
            {
                if (inComment)
                {
                    if (trimmed[i] == '*' && i + 1 < trimmed.Length && trimmed[i + 1] == '/')
                    {
                        inComment = false;
                        i++;
                    }
                    continue;
                }
                if (trimmed[i] == '/' && i + 1 < trimmed.Length && trimmed[i + 1] == '/')
                {
                    break;
                }
                if (trimmed[i] == '/' && i + 1 < trimmed.Length && trimmed[i + 1] == '*')
                {
                    inComment = true;
                    i++;
                    continue;
                }
                if (!char.IsWhiteSpace(trimmed[i]))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
