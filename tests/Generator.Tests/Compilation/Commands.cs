using System.Diagnostics;

namespace ItkBindGen.Tests.Compilation;

/// <summary>Runs a compiler, a build or a generated program to its end (killed past a time limit), for its exit code and output.</summary>
internal static class Commands
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(20);

    /// <summary>Runs <paramref name="program"/>; an exit code of -1 means it was killed after <paramref name="timeout"/>.</summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan? timeout = null,
        params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} timed out after {limit}");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
