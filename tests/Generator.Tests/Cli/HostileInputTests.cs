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
}
