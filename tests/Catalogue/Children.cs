using System.Diagnostics;

namespace CatalogueTests;

/// <summary>
/// The filters run in child processes, one after another: a child that dies (a crash inside ITK) or hangs ends the
/// filter it was running with that outcome, and a new child goes on with the next filter. A child prints BEGIN before
/// each filter and RESULT after it, with the reference files it compared.
/// </summary>
internal static class Children
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(120);

    /// <summary>In the parent: every filter's result, in order.</summary>
    public static IEnumerable<(string Name, FilterResult Result)> RunAll(IReadOnlyList<Type> filters, string work, string outputSizesPath)
    {
        var next = filters.Count == 0 ? null : filters[0].Name;
        while (next is not null)
        {
            var start = new ProcessStartInfo("dotnet", [typeof(Children).Assembly.Location, "--child", work, outputSizesPath, next]) { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            string? running = null;
            var watchdog = Task.Delay(Watchdog);
            var timedOut = false;
            while (true)
            {
                var read = process.StandardOutput.ReadLineAsync();
                if (Task.WhenAny(read, watchdog).Result == watchdog)
                {
                    process.Kill(entireProcessTree: true);
                    timedOut = true;
                    break;
                }
                if (read.Result is not { } line)
                {
                    break;
                }
                var parts = line.Split('\t');
                if (parts[0] == "BEGIN")
                {
                    running = parts[1];
                    watchdog = Task.Delay(Watchdog);
                }
                else if (parts[0] == "RESULT")
                {
                    running = null;
                    yield return (parts[1], new FilterResult(parts[2], parts[3], parts[4] == "1", parts[5] == "1")
                    {
                        Compared = [.. parts[6].Split(',', StringSplitOptions.RemoveEmptyEntries)],
                    });
                }
            }
            process.WaitForExit();
            if (running is null)
            {
                if (process.ExitCode != 0)
                {
                    yield return ("(runner)", new("crashed", $"the child process ended with exit code {process.ExitCode} between filters"));
                }
                yield break; // the child ran every filter from 'next' on
            }
            yield return (running, timedOut
                ? new("timeout", $"no result after {Watchdog.TotalSeconds:F0} s")
                : new("crashed", $"the process ended with exit code {process.ExitCode} inside ITK"));
            next = filters.SkipWhile(t => t.Name != running).Skip(1).FirstOrDefault()?.Name;
        }
    }

    /// <summary>In a child: runs the filters from the given one on, saying which one it begins and what each gave.</summary>
    public static int Serve(IReadOnlyList<Type> filters, string work, IReadOnlyDictionary<string, string> outputSizes, string first)
    {
        var referenceFolder = Path.Combine(work, "reference");
        foreach (var type in filters.SkipWhile(t => t.Name != first))
        {
            Console.WriteLine($"BEGIN\t{type.Name}");
            var result = FilterRun.Run(type, referenceFolder, outputSizes);
            Console.WriteLine(string.Join('\t', "RESULT", type.Name, result.Outcome, Clean(result.Detail),
                result.PixelsEqual ? "1" : "0", result.ValuesEqual ? "1" : "0", string.Join(',', result.Compared)));
        }
        return 0;
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
