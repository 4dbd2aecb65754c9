using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ItkBindGen.Cli.Learn;

/// <summary>
/// Keeps the candidates that compile as explicit instantiation definitions. An explicit instantiation compiles every
/// member of the class, where the units compiled only those they used, and some members do not compile for every
/// argument (a neighborhood of <c>std::deque</c> compares its pixels with <c>&lt;</c>). All candidates are checked in one
/// file with a shim unit's own command (its precompiled header, flags and include folders) and <c>-fsyntax-only</c>;
/// those the compiler's messages point at are dropped and the rest checked again.
/// </summary>
internal static partial class InstantiationProbe
{
    private const int MaximumCompiles = 400;

    public static (List<string> Compiling, List<(string Candidate, string Message)> Dropped) Check(
        IReadOnlyList<string> candidates, string header, CompileCommand unit, TextWriter log)
    {
        var folder = Directory.CreateTempSubdirectory("itkbindgen-probe-").FullName;
        try
        {
            var probe = new Probe(Path.Combine(folder, "probe.cpp"), header, unit);
            var dropped = new List<(string, string)>();
            var compiling = Keep(candidates.ToList(), probe, dropped);
            if (compiling.Count > 0 && probe.Compile(compiling) is (false, var output, _))
            {
                throw new LearnException($"the instantiations compile apart but not together:\n{Head(output)}");
            }
            if (dropped.Count > 0)
            {
                log.WriteLine($"itkbindgen: {dropped.Count} instantiations do not compile whole and are left out ({probe.Compiles} compiler runs to find them)");
            }
            return (compiling, dropped);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The candidates that compile. The compiler names the failing instantiation's line when its messages lead back to
    /// it; when they do not (a member compiled at the end of the file, for a vtable), the list is halved until they do.
    /// </summary>
    private static List<string> Keep(List<string> remaining, Probe probe, List<(string, string)> dropped)
    {
        while (remaining.Count > 0)
        {
            if (probe.Compiles > MaximumCompiles)
            {
                throw new LearnException($"the instantiations could not be checked in {MaximumCompiles} compiler runs");
            }
            var (ok, output, failing) = probe.Compile(remaining);
            if (ok)
            {
                return remaining;
            }
            if (failing.Count > 0)
            {
                foreach (var index in failing.OrderDescending())
                {
                    dropped.Add((remaining[index], FirstError(output)));
                    remaining.RemoveAt(index);
                }
                continue;
            }
            if (remaining.Count == 1)
            {
                dropped.Add((remaining[0], FirstError(output)));
                return [];
            }
            var half = remaining.Count / 2;
            return [.. Keep(remaining[..half], probe, dropped), .. Keep(remaining[half..], probe, dropped)];
        }
        return remaining;
    }

    /// <summary>The probe file and the unit whose command compiles it.</summary>
    private sealed class Probe(string path, string header, CompileCommand unit)
    {
        public int Compiles { get; private set; }

        /// <summary>Compiles the candidates (candidate i on line i + 2); the indices of those the messages point at.</summary>
        public (bool Ok, string Output, List<int> Failing) Compile(List<string> candidates)
        {
            Compiles++;
            File.WriteAllLines(path, candidates.Select(c => $"template class {c};").Prepend($"#include \"{header}\""));
            var (exit, output) = InstantiationProbe.Compile(unit, path);
            var failing = ProbeLines(output, path).Select(l => l - 2).Where(i => i >= 0 && i < candidates.Count).Distinct().ToList();
            return (exit == 0, output, failing);
        }
    }

    /// <summary>The unit's command with its source, object and dependency file replaced by the probe and <c>-fsyntax-only</c>.</summary>
    private static (int Exit, string Output) Compile(CompileCommand unit, string probe)
    {
        var start = new ProcessStartInfo(unit.Arguments[0]) { WorkingDirectory = unit.Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        for (var i = 1; i < unit.Arguments.Count; i++)
        {
            var argument = unit.Arguments[i];
            if (argument is "-o" or "-MT" or "-MF" or "-MQ")
            {
                i++;
                continue;
            }
            if (argument is "-c" or "-MD" or "-MMD" || Path.GetFullPath(argument, unit.Directory) == unit.File)
            {
                continue;
            }
            start.ArgumentList.Add(argument);
        }
        foreach (var argument in new[] { "-fsyntax-only", "-w", "-ftemplate-backtrace-limit=0", probe })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new LearnException($"'{unit.Arguments[0]}' could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private static IEnumerable<int> ProbeLines(string output, string probe) =>
        Location().Matches(output).Where(m => m.Groups[1].Value == probe).Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static string FirstError(string output) =>
        output.Split('\n').FirstOrDefault(l => l.Contains("error:", StringComparison.Ordinal))?.Trim() ?? string.Empty;

    private static string Head(string output) => string.Join('\n', output.Split('\n').Take(20));

    [GeneratedRegex(@"^(?:In file included from )?(/[^:\n]+):(\d+):", RegexOptions.Multiline)]
    private static partial Regex Location();
}
