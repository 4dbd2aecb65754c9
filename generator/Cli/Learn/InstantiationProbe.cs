using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ItkBindGen.Cli.Learn;

/// <summary>
/// Keeps the candidates that compile as explicit instantiation definitions. An explicit instantiation compiles every
/// member of the class, where the units compiled only those they used, and some members do not compile for every
/// argument (a neighborhood of <c>std::deque</c> compares its pixels with <c>==</c>). All candidates are checked in one
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
            // The command alone must work, or every candidate would look as if it did not compile.
            if (probe.Compile([]) is (false, var alone, _))
            {
                throw new LearnException($"a shim unit's own command fails without any instantiation ({unit.File}); rebuild the module and learn again:\n{Head(alone)}");
            }
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
                foreach (var (index, message) in failing.OrderByDescending(f => f.Index))
                {
                    dropped.Add((remaining[index], message));
                    remaining.RemoveAt(index);
                }
                continue;
            }
            if (remaining.Count == 1)
            {
                dropped.Add((remaining[0], FirstError(output.Split('\n'), 0)));
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

        /// <summary>Compiles the candidates (candidate i on line i + 2); those the messages point at, each with its error.</summary>
        public (bool Ok, string Output, List<(int Index, string Message)> Failing) Compile(List<string> candidates)
        {
            Compiles++;
            File.WriteAllLines(path, candidates.Select(c => $"template {Binding.ListedInstantiations.Declaration(c)};").Prepend($"#include \"{header}\""));
            var (exit, output) = Run(unit, path);
            var lines = output.Split('\n');
            var failing = new List<(int, string)>();
            for (var at = 0; at < lines.Length; at++)
            {
                if (Location().Match(lines[at]) is { Success: true } m && m.Groups[1].Value == path
                    && int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 2 is var index
                    && index >= 0 && index < candidates.Count && failing.All(f => f.Item1 != index))
                {
                    failing.Add((index, FirstError(lines, at)));
                }
            }
            return (exit == 0, output, failing);
        }
    }

    /// <summary>The unit's command with its source, object and dependency files replaced by the probe and <c>-fsyntax-only</c>.</summary>
    private static (int Exit, string Output) Run(CompileCommand unit, string probe)
    {
        var start = new ProcessStartInfo(unit.Arguments[0]) { WorkingDirectory = unit.Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in ProbeArguments(unit))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var argument in new[] { "-fsyntax-only", "-w", "-ftemplate-backtrace-limit=0", probe })
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start) ?? throw new LearnException($"'{unit.Arguments[0]}' could not be started");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new LearnException($"the compiler '{unit.Arguments[0]}' of '{unit.File}' could not be started ({e.Message}); learn on the machine that built the module");
        }
    }

    /// <summary>A unit's arguments without the compiler, the source, the output and anything that writes dependency files.</summary>
    internal static IEnumerable<string> ProbeArguments(CompileCommand unit)
    {
        for (var i = 1; i < unit.Arguments.Count; i++)
        {
            var argument = unit.Arguments[i];
            if (argument is "-o" or "-MT" or "-MF" or "-MQ" or "-MJ")
            {
                i++;
                continue;
            }
            if (argument is "-c" or "-MD" or "-MMD" or "-M" or "-MM" || argument.StartsWith("-Wp,-M", StringComparison.Ordinal)
                || (argument.Length > 3 && argument[0] == '-' && argument[1..3] is "MT" or "MF" or "MQ" or "MJ")
                || (argument.Length > 2 && argument.StartsWith("-o", StringComparison.Ordinal))
                || (!argument.StartsWith('-') && Path.GetFullPath(argument, unit.Directory) == unit.File))
            {
                continue;
            }
            yield return argument;
        }
    }

    /// <summary>
    /// The error a message about the probe's line belongs to: clang gives the error first and the line it was
    /// requested from after it, g++ the line first and the error after it.
    /// </summary>
    private static string FirstError(string[] lines, int at)
    {
        for (var i = at; i >= 0; i--)
        {
            if (lines[i].Contains("error:", StringComparison.Ordinal))
            {
                return lines[i].Trim();
            }
        }
        return lines.Skip(at).FirstOrDefault(l => l.Contains("error:", StringComparison.Ordinal))?.Trim() ?? string.Empty;
    }

    private static string Head(string output) => string.Join('\n', output.Split('\n').Take(20));

    [GeneratedRegex(@"^(?:In file included from )?(/[^:\n]+):(\d+):")]
    private static partial Regex Location();
}
