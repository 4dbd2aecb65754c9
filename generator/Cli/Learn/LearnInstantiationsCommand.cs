using System.CommandLine;
using System.Globalization;
using ItkBindGen.Binding;

namespace ItkBindGen.Cli.Learn;

/// <summary>
/// <c>itkbindgen learn-instantiations</c>: finds in a built shim's objects the class template instantiations whose code
/// two or more units compiled (ITK's iterators, neighborhoods, the filters other filters run inside), and the function
/// template instantiations (ITK's image copies, a filter's functor loop), keeps those that compile as explicit
/// instantiations, and writes them as a <c>--shared-instantiations</c> list. Entries already in the
/// list are kept: a listed class no longer shows as shared, because the build that used the list compiled it once.
/// </summary>
internal static class LearnInstantiationsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new Option<string>("--compile-commands") { Description = "The build's compile_commands.json (the generated CMake writes it for the shim).", HelpName = "file", Required = true };
        var shim = new Option<string>("--shim") { Description = "The module's shim source (-o of the generation); its units are the sources beside it.", HelpName = "file", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "The list to write (entries already in it are kept).", HelpName = "file", Required = true };
        var minimum = new Option<long>("--min-bytes") { Description = "Leave out a class whose code compiled more than once comes to fewer bytes.", HelpName = "bytes", DefaultValueFactory = _ => 8192 };
        var functionMinimum = new Option<long>("--min-function-bytes") { Description = "Leave out a function template instantiation whose copies beyond the first come to fewer bytes.", HelpName = "bytes", DefaultValueFactory = _ => 2048 };
        var copies = new Option<double>("--min-copies") { Description = "Leave out a class whose code the units compiled fewer times than this on average: compiling it whole once costs more than one copy, as unused members are compiled too.", HelpName = "copies", DefaultValueFactory = _ => 2 };
        var command = new Command("learn-instantiations", "Write the --shared-instantiations list of a module from its built shim: the class and function template instantiations several units compiled.")
        {
            database, shim, output, minimum, functionMinimum, copies,
        };
        command.SetAction(parseResult =>
        {
            try
            {
                return Run(Path.GetFullPath(parseResult.GetValue(database)!), Path.GetFullPath(parseResult.GetValue(shim)!),
                    Path.GetFullPath(parseResult.GetValue(output)!), new Thresholds(parseResult.GetValue(minimum), parseResult.GetValue(functionMinimum), parseResult.GetValue(copies)), stdout);
            }
            catch (LearnException e)
            {
                stderr.WriteLine($"itkbindgen: error {Diagnostics.DiagnosticIds.InstantiationListInvalid}: {e.Message}");
                return CommandLine.InputErrors;
            }
        });
        return command;
    }

    /// <summary>What an entry must save to be learned: bytes beyond the first copy (a class's, a function's) and a class's copies on average.</summary>
    private sealed record Thresholds(long ClassBytes, long FunctionBytes, double Copies)
    {
        // Compiling a class once compiles its unused members too; a function is compiled once as it was in each unit.
        public bool Keep(SharedOwner o) => o.Objects > 1 && o.Bytes > 0 && (o.IsFunction
            ? o.DuplicateBytes >= FunctionBytes
            : o.DuplicateBytes >= ClassBytes && 1 + (double)o.DuplicateBytes / o.Bytes >= Copies);
    }

    private static int Run(string databasePath, string shimPath, string outputPath, Thresholds thresholds, TextWriter stdout)
    {
        if (!File.Exists(databasePath))
        {
            throw new LearnException($"'{databasePath}' does not exist: configure the build with CMake (the generated CMake turns compile_commands.json on) and build it first");
        }
        if (!File.Exists(shimPath))
        {
            throw new LearnException($"the shim '{shimPath}' does not exist: give --shim the path generation wrote (-o)");
        }
        var folder = Path.GetDirectoryName(shimPath)!;
        var units = CompileDatabase.Read(databasePath).Where(c => Path.GetDirectoryName(c.File) == folder && c.Output is not null).ToList();
        var objects = units.Select(u => u.Output!).Where(File.Exists).Distinct(StringComparer.Ordinal).ToList();
        if (objects.Count < 2)
        {
            throw new LearnException($"{objects.Count} built objects of the shim's sources in '{folder}' found through '{databasePath}': build the module first, with two or more units (--shim-units; a shim whose interface code defines functions or variables is one translation unit, which compiles nothing twice)");
        }
        var kept = File.Exists(outputPath) ? KeptLines(outputPath) : [];
        var keptKeys = kept.Select(k => ListedInstantiations.Key(k.Spelling)).ToHashSet(StringComparer.Ordinal);
        var shared = EmittedCode.Shared(objects)
            .Where(thresholds.Keep)
            // A class the module's own source instantiates is learned too when other units still compile its code (the
            // instance units, and units whose classes use it inside): listed, it moves to an instance unit and the
            // header declares it extern template for every source.
            .Where(o => !keptKeys.Contains(ListedInstantiations.Key(o.Owner)))
            .OrderByDescending(o => o.DuplicateBytes).ThenBy(o => o.Owner, StringComparer.Ordinal)
            .ToList();
        var unit = units.FirstOrDefault(u => u.File != shimPath)
            ?? throw new LearnException($"'{databasePath}' has no command for a shim unit beside '{shimPath}': generate with two or more units (--shim-units)");
        var (compiling, dropped) = InstantiationProbe.Check(shared.Select(o => o.Owner).ToList(), Path.ChangeExtension(shimPath, ".h"), unit, stdout);
        var learned = shared.Where(o => compiling.Contains(o.Owner)).ToList();

        var lines = new List<string>
        {
            $"# Class and function template instantiations that two or more of the shim units of {Path.GetFileName(shimPath)} compiled:",
            "# passed to itkbindgen --shared-instantiations, each is compiled once and declared extern template everywhere else.",
            "# Written by itkbindgen learn-instantiations (entries already here are kept); after each: the most units that compiled",
            "# one of its own functions (or the function), and the bytes of its code (a class's member templates' too) compiled",
            "# more than once.",
        };
        lines.AddRange(kept.Select(k => k.Line));
        lines.AddRange(learned.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Owner}  # {o.Objects} units, {o.DuplicateBytes} bytes")));
        // Written beside and moved over the list, so a failure leaves the old list whole.
        var temporary = outputPath + ".tmp";
        try
        {
            File.WriteAllLines(temporary, lines);
            File.Move(temporary, outputPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        stdout.WriteLine($"itkbindgen: {objects.Count} objects read; {shared.Count(o => !o.IsFunction)} class and {shared.Count(o => o.IsFunction)} function template instantiations compiled in several of them ({shared.Sum(o => o.DuplicateBytes)} bytes more than once); "
            + $"{learned.Count} added to {outputPath} ({learned.Sum(o => o.DuplicateBytes)} bytes), {kept.Count} kept, {dropped.Count} left out because they do not compile whole");
        foreach (var (candidate, message) in dropped)
        {
            stdout.WriteLine($"  left out: {candidate}: {message}");
        }
        return CommandLine.Ok;
    }

    /// <summary>
    /// The list's entries as written (the instantiation and its whole line), read as generation reads the list, so a
    /// list generation would refuse is refused here too rather than rewritten.
    /// </summary>
    private static List<(string Spelling, string Line)> KeptLines(string path)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var list = InstantiationListFile.Read(path, diagnostics);
        if (diagnostics.HasErrors)
        {
            var errors = new StringWriter();
            diagnostics.WriteTo(errors);
            throw new LearnException($"the list '{path}' to add to cannot be read; mend it or remove it:\n{errors.ToString().TrimEnd()}");
        }
        var lines = File.ReadAllLines(path);
        return list.Entries.Select(e => (e.Spelling, lines[e.Line - 1])).ToList();
    }
}
