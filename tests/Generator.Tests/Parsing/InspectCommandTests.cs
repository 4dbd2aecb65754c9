using ItkBindGen.Cli;

namespace ItkBindGen.Tests.Parsing;

public sealed class InspectCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Inspect_prints_the_model_of_a_small_header()
    {
        var header = ParsingTestSupport.WriteTempHeader("small.h", "#pragma once\nnamespace n {\ntemplate <typename T> class Holder { public: void Set(const T & value); T Get() const; };\n}\n");
        var folder = Path.GetDirectoryName(header)!;
        var (exit, output, error) = Run("inspect", header, $"-I{folder}", "-DUNUSED=1", "--instantiate", "n::Holder<double>", "--verbose");
        Assert.Equal(0, exit);
        Assert.Contains("void Set(const T & value);", output);
        Assert.Contains("class n::Holder<double> {", output);
        Assert.Contains("void Set(const double & value);", output);
        Assert.Contains("parsed in", error);
    }

    [Fact]
    public void Defines_and_include_dirs_reach_the_parse_in_every_spelling()
    {
        var include = ParsingTestSupport.WriteTempHeader("extra.h", "#pragma once\nstruct Extra { void FromInclude(); };\n");
        var header = ParsingTestSupport.WriteTempHeader("defines.h",
            "#pragma once\n#include \"extra.h\"\nstruct Configured {\n#ifdef WITH_A\n  void A();\n#endif\n#if WITH_B == 2\n  void B();\n#endif\n};\n");
        var folder = Path.GetDirectoryName(include)!;
        var (exit, output, error) = Run("inspect", header, "-I", folder, "-DWITH_A", "--define", "WITH_B=2", "--all-headers");
        Assert.True(exit == 0, error);
        Assert.Contains("void A();", output);
        Assert.Contains("void B();", output);
        Assert.Contains("void FromInclude();", output);
    }

    [Fact]
    public void Inspect_prints_json()
    {
        var header = ParsingTestSupport.WriteTempHeader("json.h", "#pragma once\nstruct Point { int x; int Sum() const; };\n");
        var (exit, output, _) = Run("inspect", header, "--json");
        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var point = document.RootElement.GetProperty("namespaces")[0].GetProperty("classes")[0];
        Assert.Equal("Point", point.GetProperty("fullName").GetString());
        Assert.Equal("Sum", point.GetProperty("functions")[0].GetProperty("name").GetString());
        Assert.Equal("int", point.GetProperty("fields")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Inspect_of_a_broken_header_exits_1_with_a_compiler_style_diagnostic()
    {
        var header = ParsingTestSupport.WriteTempHeader("broken.h", "#pragma once\nclass Broken {\n  int x\n};\n");
        var (exit, output, error) = Run("inspect", header);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Matches(@"broken\.h\(3,8\): error IBG1004: expected ';'", error);
    }

    [Fact]
    public void Inspect_without_headers_is_a_usage_error() => Assert.Equal(2, Run("inspect").Exit);
}
