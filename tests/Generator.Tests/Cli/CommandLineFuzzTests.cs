using CsCheck;
using ItkBindGen.Cli;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// Property-based fuzzing of the command line: any list of arguments, made of the tool's options, values good and
/// bad, and paths that exist, do not, or are of the wrong kind, ends with exit code 0, 1 or 2 (never an internal
/// error), never changes an input and writes nothing outside the output folder and the report's path.
/// </summary>
public sealed class CommandLineFuzzTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Any_arguments_end_in_an_exit_code_and_write_only_to_the_output()
    {
        var inputs = Path.Combine(_root, "inputs");
        var output = Path.Combine(_root, "out");
        var sources = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Path.Combine(inputs, "tiny.h")] = "#pragma once\nnamespace demo { struct Tiny { static int Twice(int value); }; }\n",
            [Path.Combine(inputs, "tiny.i")] = "%module Tiny\n%{\n#include \"tiny.h\"\n%}\n%include \"tiny.h\"\n",
            [Path.Combine(inputs, "broken.i")] = "%module\n%template(X) ;\n",
        };
        Directory.CreateDirectory(inputs);
        foreach (var (path, text) in sources)
        {
            File.WriteAllText(path, text);
        }
        string[] pieces =
        [
            "-threads", "-module", "Tiny", "M2", "class", "-namespace", "My.Space", "1bad", "-outdir", output,
            Path.Combine(output, "cs"), Path.Combine(inputs, "tiny.h"), "-o", Path.Combine(output, "native", "Tiny_wrap.cpp"),
            inputs, "-I", "-D", "X=1", "=", "--templates", Path.Combine(_root, "missing"), "--target", "itk", "native-core",
            "other", "--report", Path.Combine(output, "report.json"), "--shim-units", "0", "3", "-1", "x",
            "--module-namespace", "Tiny=My.Tiny", "A=", "--nowarn", "IBG3001", "IBGx", "--warnaserror", "--verbose",
            "inspect", "--json", Path.Combine(inputs, "tiny.i"), Path.Combine(inputs, "broken.i"), Path.Combine(_root, "none.i"),
            "", "-", "--", "-outdirx", "--libclang", "/nonexistent/libclang.so", "--instantiate", "demo::Tiny",
        ];
        string[] good = [Path.Combine(inputs, "tiny.i"), "-I", inputs, "-outdir", Path.Combine(output, "cs"), "-o", Path.Combine(output, "native", "Tiny_wrap.cpp")];

        // Random lists, and a good command with random additions so that many runs get as far as generating.
        Gen.OneOf(Gen.OneOf(pieces).Array[0, 12], Gen.OneOf(pieces).Array[0, 5].Select(extra => good.Concat(extra).ToArray())).Sample(args =>
        {
            FuzzBudget.Record(nameof(Any_arguments_end_in_an_exit_code_and_write_only_to_the_output), Quoted(args));
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = CommandLine.Run(args, stdout, stderr);
            Assert.True(exit is CommandLine.Ok or CommandLine.InputErrors or CommandLine.UsageErrors,
                $"exit {exit} for [{string.Join(" ", args)}]:\n{stderr}");
            // Outputs go where -outdir, -o and --report say, even into the inputs' folder (found by the bounded run:
            // "--report <root>/none.i", "-outdir <root>/none.i", "--report <inputs>/broken.i" when tiny.i is the input
            // are valid requests); an input of the run is never overwritten (IBG4006) and nothing else is written.
            var named = OutputsNamedBy(args);
            foreach (var (path, text) in sources.Where(s => !named.Contains(s.Key)))
            {
                Assert.Equal(text, File.ReadAllText(path));
            }
            var added = Directory.GetFileSystemEntries(_root).Where(e => e != inputs && e != output && e != Path.Combine(_root, "missing"))
                .Concat(named.Contains(inputs) ? [] : Directory.GetFileSystemEntries(inputs).Where(e => !sources.ContainsKey(e)))
                .ToList();
            Assert.All(added, e => Assert.Contains(e, named));
            foreach (var entry in added.Concat(Directory.GetFileSystemEntries(inputs).Where(e => !sources.ContainsKey(e))))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else if (File.Exists(entry))
                {
                    File.Delete(entry);
                }
            }
            foreach (var (path, text) in sources)
            {
                File.WriteAllText(path, text);
            }
        }, iter: FuzzBudget.Iterations(150), time: FuzzBudget.Seconds, threads: 1, print: Quoted);
    }

    private static string Quoted(string[] args) => string.Join(" ", args.Select(a => '"' + a + '"'));

    // Found by the fuzzing: an empty path reached Path.GetFullPath.
    [Fact]
    public void An_empty_header_path_is_an_input_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(CommandLine.InputErrors, CommandLine.Run(["inspect", ""], new StringWriter(), stderr));
        Assert.Contains("header '' was not found", stderr.ToString(), StringComparison.Ordinal);
    }

    // Found by the fuzzing: an empty -I reached Path.GetFullPath (exit 3); it is the current folder, as for generate.
    [Fact]
    public void An_empty_include_folder_is_the_current_one()
    {
        var header = Path.Combine(_root, "plain.h");
        File.WriteAllText(header, "#pragma once\nstruct Plain { int x; };\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.True(CommandLine.Run(["inspect", "-I", "", header], stdout, stderr) == CommandLine.Ok, stderr.ToString());
        Assert.Contains("struct Plain {", stdout.ToString(), StringComparison.Ordinal);
        // The folder clang is given: the current one.
        var options = new ItkBindGen.Parsing.CppParserOptions { IncludeFolders = { "" } };
        Assert.Contains("-I" + Environment.CurrentDirectory, options.BuildArguments("/resources"));
    }

    // The paths an argument list names as outputs: -outdir's folder, -o's folder and file, --report's file.
    private static HashSet<string> OutputsNamedBy(string[] args)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (option, value) in args.Zip(args.Skip(1)).Where(p => p.Second.Length > 0))
        {
            if (option is "-outdir" or "--report" or "-o")
            {
                named.Add(Path.GetFullPath(value));
            }
            if (option == "-o" && Path.GetDirectoryName(Path.GetFullPath(value)) is { } folder)
            {
                named.Add(folder);
            }
        }
        return named;
    }
}
