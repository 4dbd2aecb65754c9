using System.Text.Json;

namespace ItkBindGen.Cli.Learn;

/// <summary>One entry of a compilation database (<c>compile_commands.json</c>, as CMake and Ninja write it).</summary>
/// <param name="Directory">The folder the command runs in.</param>
/// <param name="File">The source, as a full path.</param>
/// <param name="Arguments">The command split into its arguments, the compiler first.</param>
internal sealed record CompileCommand(string Directory, string File, IReadOnlyList<string> Arguments)
{
    /// <summary>The object file the command writes (<c>-o FILE</c> or <c>-oFILE</c>), as a full path, or null.</summary>
    public string? Output
    {
        get
        {
            for (var i = 1; i < Arguments.Count; i++)
            {
                if (Arguments[i] == "-o" && i + 1 < Arguments.Count)
                {
                    return Path.GetFullPath(Arguments[i + 1], Directory);
                }
                if (Arguments[i].Length > 2 && Arguments[i].StartsWith("-o", StringComparison.Ordinal))
                {
                    return Path.GetFullPath(Arguments[i][2..], Directory);
                }
            }
            return null;
        }
    }
}

/// <summary>Reads a compilation database: each entry's folder, source and arguments (from <c>arguments</c>, or <c>command</c> split as a shell would).</summary>
internal static class CompileDatabase
{
    public static IReadOnlyList<CompileCommand> Read(string path)
    {
        try
        {
            return Entries(path);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            throw new LearnException($"'{path}' is not a compilation database CMake or Ninja wrote ({e.Message}); configure the build again");
        }
    }

    private static List<CompileCommand> Entries(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var entries = new List<CompileCommand>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var directory = entry.GetProperty("directory").GetString() ?? ".";
            var file = Path.GetFullPath(entry.GetProperty("file").GetString() ?? string.Empty, directory);
            IReadOnlyList<string> arguments = entry.TryGetProperty("arguments", out var list)
                ? list.EnumerateArray().Select(a => a.GetString() ?? string.Empty).ToList()
                : Split(entry.GetProperty("command").GetString() ?? string.Empty);
            if (arguments.Count > 0)
            {
                entries.Add(new CompileCommand(directory, file, arguments));
            }
        }
        return entries;
    }

    /// <summary>A command line split as a POSIX shell splits it: blanks separate, quotes group, a backslash escapes.</summary>
    public static List<string> Split(string command)
    {
        var arguments = new List<string>();
        var current = new System.Text.StringBuilder();
        var inArgument = false;
        char? quote = null;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else if (c == '\\' && q == '"' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$' or '`')
                {
                    current.Append(command[++i]);
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inArgument = true;
            }
            else if (c == '\\' && i + 1 < command.Length)
            {
                current.Append(command[++i]);
                inArgument = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inArgument)
                {
                    arguments.Add(current.ToString());
                    current.Clear();
                    inArgument = false;
                }
            }
            else
            {
                current.Append(c);
                inArgument = true;
            }
        }
        if (inArgument)
        {
            arguments.Add(current.ToString());
        }
        return arguments;
    }
}
