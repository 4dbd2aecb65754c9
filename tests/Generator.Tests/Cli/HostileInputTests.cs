using ItkBindGen.Cli;

namespace ItkBindGen.Tests.Cli;

/// <summary>Inputs a careless or hostile caller gives: each a clear, located error, a non-zero exit and nothing written.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-hostile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Exit, string Error) Run(params string[] args)
    {
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, new StringWriter(), stderr);
        return (exit, stderr.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string[] Output => ["-outdir", Path.Combine(_root, "out", "cs"), "-o", Path.Combine(_root, "out", "native", "M_wrap.cpp")];

    [Fact]
    public void An_interface_file_that_is_a_folder_is_named_as_one()
    {
        Directory.CreateDirectory(Path.Combine(_root, "folder.i"));
        var (exit, error) = Run([Path.Combine(_root, "folder.i"), .. Output]);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void Text_that_is_not_utf8_is_an_error_at_the_first_bad_byte()
    {
        var input = Write("latin1.i", [.. "%module M\n// caf"u8, 0xE9, .. "\n"u8]);
        var (exit, error) = Run([input, .. Output]);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{input}(2,7): error IBG2011", error, StringComparison.Ordinal);
        Assert.Contains("byte 0xE9", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void A_byte_order_mark_is_not_text()
    {
        var input = Write("bom.i", [0xEF, 0xBB, 0xBF, .. "%module M\n"u8]);
        Assert.Equal(CommandLine.Ok, Run([input, .. Output]).Exit);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_an_error_and_nothing_is_written()
    {
        var input = Write("m.i", "%module M\n"u8.ToArray());
        var file = Write("taken", []);
        var (exit, error) = Run(input, "-outdir", file, "-o", Path.Combine(_root, "out", "native", "M_wrap.cpp"));
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("is a file; give a folder", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
        Assert.Equal(0, new FileInfo(file).Length);

        (exit, error) = Run(input, "-outdir", Path.Combine(_root, "out", "cs"), "-o", Path.Combine(file, "M_wrap.cpp"));
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("is a file, not a folder", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void An_include_cycle_through_three_files_is_an_error_at_the_include_that_closes_it()
    {
        var a = Write("a.i", "%module M\n%include \"b.i\"\n"u8.ToArray());
        Write("b.i", "%include \"c.i\"\n"u8.ToArray());
        var c = Write("c.i", "%ignore X;\n%include \"a.i\"\n"u8.ToArray());
        var (exit, error) = Run([a, .. Output]);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{c}(2,1): error IBG2009", error, StringComparison.Ordinal);
        Assert.Contains("a.i -> b.i -> c.i -> a.i", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    // 100 MB of directives with one bad line at the end: read, scanned and reported at that line, not cut short.
    [Fact]
    public void A_100_megabyte_interface_file_is_read_whole_and_its_last_line_reported()
    {
        var line = "%ignore itk::SomeRatherLongClassName::SomeMember;\n"u8.ToArray();
        var lines = 100_000_000 / line.Length;
        var path = Path.Combine(_root, "huge.i");
        using (var stream = File.Create(path))
        {
            stream.Write("%module M\n"u8);
            for (var i = 0; i < lines; i++)
            {
                stream.Write(line);
            }
            stream.Write("%template(Broken) ;\n"u8);
        }
        Assert.True(new FileInfo(path).Length >= 100_000_000);
        var (exit, error) = Run([path, .. Output]);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{path}({lines + 2},", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    // Permissions do not stop root (the test machine's user): /proc/self/mem fails every read from offset 0 with EIO,
    // and nothing can be created under /proc/self, whoever asks.
    [Fact]
    public void An_interface_file_that_cannot_be_read_is_an_error_where_it_is_named()
    {
        var unreadable = Path.Combine(_root, "unreadable.i");
        File.CreateSymbolicLink(unreadable, "/proc/self/mem");
        var (exit, error) = Run([unreadable, .. Output]);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{unreadable}: error IBG2011: cannot read interface file", error, StringComparison.Ordinal);

        var main = Write("main.i", "%module M\n%include \"unreadable.i\"\n"u8.ToArray());
        (exit, error) = Run([main, .. Output]);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{main}(2,1): error IBG2011", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_an_error_and_nothing_is_written()
    {
        var input = Write("m.i", "%module M\n"u8.ToArray());
        var (exit, error) = Run(input, "-outdir", "/proc/self/itkbindgen/cs", "-o", Path.Combine(_root, "out", "native", "M_wrap.cpp"));
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains("error IBG4004: cannot write the generated files", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    // Found by the bounded fuzzing run: --report named the header being wrapped, and the report replaced it. Also: the
    // shim's header is the shim's name with .h, so -o tiny.cpp would write tiny.h over the wrapped header.
    [Theory]
    [InlineData("--report", "tiny.h", "tiny.h")]
    [InlineData("--report", "m.i", "m.i")]
    [InlineData("-o", "tiny.cpp", "tiny.h")]
    public void An_output_over_an_input_is_an_error_and_the_input_is_kept(string option, string target, string clobbered)
    {
        Write("tiny.h", "#pragma once\nnamespace demo { struct Tiny { static int Twice(int value); }; }\n"u8.ToArray());
        var input = Write("m.i", "%module M\n%{\n#include \"tiny.h\"\n%}\n%include \"tiny.h\"\n"u8.ToArray());
        var before = new[] { "tiny.h", "m.i" }.Select(f => File.ReadAllText(Path.Combine(_root, f))).ToList();
        var arguments = option == "-o"
            ? new[] { input, "-I", _root, "-outdir", Path.Combine(_root, "out", "cs"), "-o", Path.Combine(_root, target) }
            : [input, "-I", _root, .. Output, option, Path.Combine(_root, target)];
        var (exit, error) = Run(arguments);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"error IBG4006: '{Path.Combine(_root, clobbered)}' is an input of this run", error, StringComparison.Ordinal);
        Assert.Equal(before, new[] { "tiny.h", "m.i" }.Select(f => File.ReadAllText(Path.Combine(_root, f))).ToList());
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
        Assert.Equal(["m.i", "tiny.h"], Directory.GetFiles(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // Found by the bounded fuzzing run: --report named the shim, an internal error (exit 3) before.
    [Fact]
    public void Two_outputs_at_one_path_are_an_error_and_nothing_is_written()
    {
        var input = Write("m.i", "%module M\n"u8.ToArray());
        var shim = Path.Combine(_root, "out", "native", "M_wrap.cpp");
        var (exit, error) = Run([input, .. Output, "--report", shim]);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"error IBG4007: '{shim}' would be written twice", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }
}
