using CsCheck;
using ItkBindGen.Cli;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// Property-based fuzzing of the command line: any list of arguments, made of the tool's options, values good and
/// bad, and paths that exist, do not, or are of the wrong kind, ends with exit code 0, 1 or 2 (never an internal
/// error) and writes nothing outside the output folder.
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
        Directory.CreateDirectory(inputs);
        File.WriteAllText(Path.Combine(inputs, "tiny.h"), "#pragma once\nnamespace demo { struct Tiny { static int Twice(int value); }; }\n");
        File.WriteAllText(Path.Combine(inputs, "tiny.i"), "%module Tiny\n%{\n#include \"tiny.h\"\n%}\n%include \"tiny.h\"\n");
        File.WriteAllText(Path.Combine(inputs, "broken.i"), "%module\n%template(X) ;\n");
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
        var before = Snapshot(inputs);
        string[] good = [Path.Combine(inputs, "tiny.i"), "-I", inputs, "-outdir", Path.Combine(output, "cs"), "-o", Path.Combine(output, "native", "Tiny_wrap.cpp")];

        // Random lists, and a good command with random additions so that many runs get as far as generating.
        Gen.OneOf(Gen.OneOf(pieces).Array[0, 12], Gen.OneOf(pieces).Array[0, 5].Select(extra => good.Concat(extra).ToArray())).Sample(args =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = CommandLine.Run(args, stdout, stderr);
            Assert.True(exit is CommandLine.Ok or CommandLine.InputErrors or CommandLine.UsageErrors,
                $"exit {exit} for [{string.Join(" ", args)}]:\n{stderr}");
            Assert.Equal(before, Snapshot(inputs));
            Assert.DoesNotContain(Directory.GetFileSystemEntries(_root), e => e != inputs && e != output && e != Path.Combine(_root, "missing"));
        }, iter: 150, threads: 1, print: args => string.Join(" ", args.Select(a => '"' + a + '"')));
    }

    // Found by the fuzzing: an empty path reached Path.GetFullPath.
    [Fact]
    public void An_empty_header_path_is_an_input_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(CommandLine.InputErrors, CommandLine.Run(["inspect", ""], new StringWriter(), stderr));
        Assert.Contains("header '' was not found", stderr.ToString(), StringComparison.Ordinal);
    }

    private static string Snapshot(string folder) =>
        string.Join("\n", Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => f + " " + File.ReadAllText(f).GetHashCode(StringComparison.Ordinal)));
}
