using ItkBindGen.Cli;
using ItkBindGen.Emit;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Cli;

/// <summary>Whole runs through <see cref="CommandLine.Run"/>: exit codes, stderr, and what lands on disk.</summary>
public sealed class GenerateRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-run-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_good_run_exits_0_and_a_repeated_run_rewrites_nothing()
    {
        var input = Write("empty.i", "%module Empty\n");
        var outdir = Path.Combine(_root, "cs");
        var shim = Path.Combine(_root, "native", "Empty_wrap.cpp");

        var (exit, _, error) = Run("-outdir", outdir, "-o", shim, input);
        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.True(File.Exists(shim));
        Assert.True(File.Exists(Path.Combine(_root, "native", "Empty.cmake")));
        Assert.NotEmpty(Directory.GetFiles(outdir, "*.cs"));

        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".i", StringComparison.Ordinal)).ToList();
        files.ForEach(f => File.SetLastWriteTimeUtc(f, longAgo));

        (exit, _, error) = Run("-outdir", outdir, "-o", shim, input);
        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.All(files, f => Assert.Equal(longAgo, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void Errors_in_the_interface_file_exit_1_and_write_nothing()
    {
        var input = Write("bad.i", "%module Bad\n%foo;\n");
        var outdir = Path.Combine(_root, "cs");

        var (exit, output, error) = Run("-outdir", outdir, input);

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"{input}(2,1): error IBG2001: unknown directive '%foo'", error);
        Assert.False(Directory.Exists(outdir));
    }

    [Fact]
    public void Deprecated_members_are_skipped_with_a_warning()
    {
        var header = Write("old.h", "namespace demo {\nstruct Old\n{\n  [[deprecated(\"use Now\")]] static int Then();\n  static int Now();\n};\n[[deprecated]] int Legacy();\n}\n");
        var input = Write("old.i", "%module Old\n%{\n#include \"old.h\"\n%}\n%include \"old.h\"\n");
        var outdir = Path.Combine(_root, "cs");

        var (exit, _, error) = Run("-I", _root, "-outdir", outdir, "-o", Path.Combine(_root, "native", "Old_wrap.cpp"), input);

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{header}(4,40): warning IBG3001: 'demo::Old::Then()' is not wrapped: it is deprecated in C++", error);
        Assert.Contains("warning IBG3001: 'Legacy()' is not wrapped: it is deprecated in C++", error);
        var proxy = File.ReadAllText(Path.Combine(outdir, "Old.cs"));
        Assert.Contains("public static int Now()", proxy);
        Assert.DoesNotContain("Then", proxy);
    }

    [Fact]
    public void The_report_lists_every_class_with_what_was_wrapped_and_skipped()
    {
        var header = Write("shapes.h", "#include <map>\nnamespace demo {\nstruct Shapes\n{\n  static int Count(int sides);\n  static void Print(const std::map<int, int> & os);\n};\n}\n");
        var input = Write("shapes.i", "%module Shapes\n%{\n#include \"shapes.h\"\n%}\n%include \"shapes.h\"\n");
        var report = Path.Combine(_root, "report", "Shapes.report.json");

        var (exit, _, error) = Run("-I", _root, "-outdir", Path.Combine(_root, "cs"), "-o", Path.Combine(_root, "native", "Shapes_wrap.cpp"), "--report", report, input);

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{header}(6,15): warning IBG3001: 'demo::Shapes::Print(const std::map<int, int, std::less<int>, std::allocator<std::pair<const int, int>>> &)' is not wrapped", error);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("Shapes", json.RootElement.GetProperty("module").GetString());
        var shapes = Assert.Single(json.RootElement.GetProperty("classes").EnumerateArray());
        Assert.Equal("demo::Shapes", shapes.GetProperty("cpp").GetString());
        Assert.Equal(["static int Count(int sides)"], shapes.GetProperty("wrapped").EnumerateArray().Select(e => e.GetString()));
        var skipped = Assert.Single(shapes.GetProperty("skipped").EnumerateArray());
        Assert.Equal("IBG3001", skipped.GetProperty("id").GetString());
        Assert.StartsWith("demo::Shapes::Print(", skipped.GetProperty("member").GetString());
        Assert.Contains("has no C# mapping", skipped.GetProperty("reason").GetString());
        Assert.Equal($"{header}(6,15)", skipped.GetProperty("location").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("skippedById").GetProperty("IBG3001").GetInt32());
    }

    [Fact]
    public void A_removed_template_leaves_no_proxy_behind_and_another_module_in_the_folder_is_untouched()
    {
        var include = Path.Combine(RepositoryPaths.Root, "native", "include");
        var outdir = Path.Combine(_root, "cs");
        string Module(string name, string templates) => Write(name + ".i",
            $"%module {name}\n%{{\n#include \"itkImage.h\"\n%}}\n%import \"itkImage.h\"\n{templates}");
        var both = Module("A", "%template(ImageF2) itk::Image<float, 2>;\n%template(ImageF3) itk::Image<float, 3>;\n");
        var other = Module("B", "%template(ImageD2) itk::Image<double, 2>;\n");
        Assert.Equal(CommandLine.Ok, Run("-I", include, "-outdir", outdir, "-o", Path.Combine(_root, "native", "A_wrap.cpp"), "--nowarn", "IBG3001,IBG3003", both).Exit);
        Assert.Equal(CommandLine.Ok, Run("-I", include, "-outdir", outdir, "-o", Path.Combine(_root, "native", "B_wrap.cpp"), "--nowarn", "IBG3001,IBG3003", other).Exit);
        Assert.True(File.Exists(Path.Combine(outdir, "ImageF3.cs")));
        Assert.True(File.Exists(Path.Combine(_root, "native", "A_wrap.ImageF3.cpp")));

        var one = Module("A", "%template(ImageF2) itk::Image<float, 2>;\n");
        Assert.Equal(CommandLine.Ok, Run("-I", include, "-outdir", outdir, "-o", Path.Combine(_root, "native", "A_wrap.cpp"), "--nowarn", "IBG3001,IBG3003", one).Exit);

        Assert.False(File.Exists(Path.Combine(outdir, "ImageF3.cs")));
        Assert.False(File.Exists(Path.Combine(_root, "native", "A_wrap.ImageF3.cpp")));
        Assert.True(File.Exists(Path.Combine(outdir, "ImageF2.cs")));
        Assert.True(File.Exists(Path.Combine(outdir, "ImageD2.cs")));
        Assert.True(File.Exists(Path.Combine(_root, "native", "B_wrap.ImageD2.cpp")));
    }

    [Fact]
    public void An_imported_module_s_classes_are_used_under_its_namespace_not_generated_again()
    {
        var modules = Path.Combine(RepositoryPaths.Root, "tests", "Shared", "modules");
        var outdir = Path.Combine(_root, "cs");

        var (exit, _, error) = Run("-I", Path.Combine(RepositoryPaths.Root, "native", "include"), "-outdir", outdir,
            "-o", Path.Combine(_root, "native", "Smoothing_wrap.cpp"), "--module-namespace", "Images=My.Images", "--nowarn", "IBG3001,IBG3003,IBG3010",
            Path.Combine(modules, "Smoothing.i"));

        Assert.Equal((CommandLine.Ok, ""), (exit, error));
        Assert.Equal(["DiscreteGaussianImageFilterF2.cs", "MedianImageFilterF2.cs", "Smoothing.Native.cs"],
            Directory.GetFiles(outdir, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var median = File.ReadAllText(Path.Combine(outdir, "MedianImageFilterF2.cs"));
        Assert.Contains("public unsafe partial class MedianImageFilterF2 : global::My.Images.ProcessObject", median);
        Assert.Contains("public void SetInput(global::My.Images.ImageF2 input)", median);
        Assert.Contains("new global::My.Images.ImageF2(new NativeObjectHandle(result, SmoothingNative.UnregisterFunction))", median);
        Assert.DoesNotContain("event EventHandler", median); // Object, in module Images, declares the events
    }

    [Fact]
    public void The_report_lists_the_modules_imported_whose_CSharp_an_importing_module_compiles_with()
    {
        Write("shapes.h", "#pragma once\nstruct Shape { int sides; };\n");
        Write("squares.h", "#pragma once\n#include \"shapes.h\"\nstruct Square : Shape { int side; };\ninline int Sides(const Shape * s) { return s->sides; }\n");
        Write("grids.h", "#pragma once\n#include \"squares.h\"\nstruct Grid { int Side(const Square * s) const { return s->side; } };\n");
        Write("Shapes.i", "%module Shapes\n%{\n#include \"shapes.h\"\n%}\n%include \"shapes.h\"\n");
        Write("Squares.i", "%module Squares\n%import \"Shapes.i\"\n%{\n#include \"squares.h\"\n%}\n%include \"squares.h\"\n");
        Write("Grids.i", "%module Grids\n%import \"Squares.i\"\n%{\n#include \"grids.h\"\n%}\n%include \"grids.h\"\n");
        List<GeneratedFile> Generate(string module)
        {
            var outdir = Path.Combine(_root, module);
            var (exit, _, error) = Run("-I", _root, "-outdir", outdir, "-o", Path.Combine(outdir, module + "_wrap.cpp"), "--report", Path.Combine(outdir, "report.json"),
                Path.Combine(_root, module + ".i"));
            Assert.Equal((CommandLine.Ok, ""), (exit, error));
            return Directory.GetFiles(outdir, "*.cs").Select(f => new GeneratedFile(f, File.ReadAllText(f))).ToList();
        }
        var (shapes, squares, gridFiles) = (Generate("Shapes"), Generate("Squares"), Generate("Grids"));
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "Grids", "report.json")));

        // Imports through another module count: Grids uses Squares' proxy, which derives from Shapes'.
        Assert.Equal(["Shapes", "Squares"], report.RootElement.GetProperty("imports").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("global::Squares.Square", string.Concat(gridFiles.Select(f => f.Content)), StringComparison.Ordinal);
        Assert.NotEmpty(GeneratedCode.CSharpErrors(gridFiles));
        var together = GeneratedCode.CSharpErrors([.. gridFiles, .. squares, .. shapes]);
        Assert.True(together.Count == 0, string.Join("\n", together));
    }

    [Fact]
    public void Modules_that_import_each_other_are_an_error_at_the_import()
    {
        var a = Write("A.i", "%module A\n%import \"B.i\"\n");
        Write("B.i", "%module B\n%import \"A.i\"\n");
        Write("C.i", "%import \"A.i\"\n");
        var outdir = Path.Combine(_root, "cs");

        var (exit, _, error) = Run("-outdir", outdir, a);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{Path.Combine(_root, "B.i")}(2,1): error IBG2009: 'A.i' imports itself: A.i -> B.i -> A.i", error);

        var c = Write("D.i", "%module D\n%import \"C.i\"\n");
        (exit, _, error) = Run("-outdir", outdir, c);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Contains($"{c}(2,1): error IBG0004: 'C.i' is imported as a module but has no %module", error);
        Assert.False(Directory.Exists(outdir));
    }
}
