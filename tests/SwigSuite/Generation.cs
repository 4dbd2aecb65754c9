using System.Text.RegularExpressions;
using ItkBindGen.Cli;

namespace ItkBindGen.SwigSuite;

/// <summary>
/// Runs the generator on one interface file through the command line's testable entry point, in this process, and
/// classifies what it did from the exit code, the diagnostics and the files left behind.
/// </summary>
internal static partial class Generation
{
    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\): error (?<id>IBG\d{4}): (?<message>.*)$")]
    private static partial Regex LocatedError();

    [GeneratedRegex(@"^itkbindgen: error (?<id>IBG\d{4}): (?<message>.*)$")]
    private static partial Regex UnlocatedError();

    [GeneratedRegex(@"(?<![A-Za-z])'[^']*'")]
    private static partial Regex Quoted();

    /// <summary>Generates into <c>outRoot/name</c>; null when it generated (the caller compiles), else the outcome. One class unit keeps g++ runs to two a module.</summary>
    public static FileOutcome? Run(string interfaceFile, string suiteFolder, string outFolder, TimeSpan limit)
    {
        var name = Path.GetFileNameWithoutExtension(interfaceFile);
        if (Directory.Exists(outFolder))
        {
            Directory.Delete(outFolder, recursive: true);
        }
        string[] args =
        [
            interfaceFile, "-I", suiteFolder, "-outdir", outFolder, "-o", Path.Combine(outFolder, name + "_wrap.cpp"),
            "--report", Path.Combine(outFolder, "report.json"), "--shim-units", "1",
        ];
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Run(() =>
        {
            try
            {
                return CommandLine.Run(args, stdout, stderr);
            }
            catch (Exception e)
            {
                stderr.WriteLine($"exception out of CommandLine.Run: {e}");
                return CommandLine.InternalError;
            }
        });
        if (!run.Wait(limit))
        {
            return new FileOutcome(name, Outcome.Hang, $"no answer in {limit.TotalSeconds:F0} s");
        }
        var errors = stderr.ToString();
        var exit = run.Result;
        if (exit == CommandLine.Ok)
        {
            return null;
        }
        if (Directory.Exists(outFolder) && Directory.EnumerateFileSystemEntries(outFolder).Any())
        {
            return new FileOutcome(name, Outcome.WroteOnError, $"exit {exit}, yet {outFolder} holds files");
        }
        return exit switch
        {
            CommandLine.InternalError => new FileOutcome(name, Outcome.InternalError, FirstLine(errors)),
            CommandLine.UsageErrors => new FileOutcome(name, Outcome.UsageError, FirstLine(errors)),
            _ => Refusal(name, errors),
        };
    }

    private static FileOutcome Refusal(string name, string stderr)
    {
        string? kind = null;
        foreach (var line in stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (UnlocatedError().Match(line) is { Success: true })
            {
                return new FileOutcome(name, Outcome.RefusedUnlocated, line);
            }
            if (LocatedError().Match(line) is { Success: true } located)
            {
                if (int.Parse(located.Groups["line"].Value) < 1)
                {
                    return new FileOutcome(name, Outcome.RefusedUnlocated, line);
                }
                kind ??= KindOf(located.Groups["id"].Value, located.Groups["message"].Value);
            }
        }
        return kind is null ? new FileOutcome(name, Outcome.RefusedUnlocated, "exit 1 without an error: " + FirstLine(stderr)) : new FileOutcome(name, Outcome.Refused, kind);
    }

    /// <summary>The kind of a refusal: its ID and message with what it quotes left out, cut short.</summary>
    private static string KindOf(string id, string message)
    {
        var text = Quoted().Replace(message, "'…'");
        var cut = text.IndexOfAny([':', ';']);
        text = cut > 20 ? text[..cut] : text;
        return $"{id} {(text.Length > 90 ? text[..90] + "…" : text)}";
    }

    private static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "(no output)";
}
