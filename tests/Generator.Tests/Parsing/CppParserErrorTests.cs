using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

public sealed class CppParserErrorTests
{
    [Fact]
    public void A_syntax_error_is_an_error_with_file_line_and_column()
    {
        var header = ParsingTestSupport.WriteTempHeader("broken.h", "#pragma once\nclass Broken\n{\npublic:\n  void Run(int x;\n};\n");
        var (compilation, diagnostics) = ParsingTestSupport.Parse(header);
        Assert.True(compilation.HasErrors);
        Assert.True(diagnostics.HasErrors);
        var error = diagnostics.Items.First(d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticIds.ClangError, error.Id);
        Assert.Equal(header, error.Location.File);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal(17, error.Location.Column);
        Assert.StartsWith($"{header}(5,17): error IBG1004: ", error.ToString());
    }

    [Fact]
    public void A_fatal_error_fails_the_parse()
    {
        var header = ParsingTestSupport.WriteTempHeader("missing.h", "#include \"does_not_exist.h\"\nclass After {};\n");
        var (compilation, diagnostics) = ParsingTestSupport.Parse(header);
        Assert.True(compilation.HasErrors);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Contains("does_not_exist.h", error.Message);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void A_warning_is_kept_and_does_not_fail()
    {
        var header = ParsingTestSupport.WriteTempHeader("warn.h", "#pragma once\n#warning check this\nclass Fine {};\n");
        var (compilation, diagnostics) = ParsingTestSupport.Parse(header);
        Assert.False(compilation.HasErrors);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticIds.ClangWarning, warning.Id);
        Assert.Equal(2, warning.Location.Line);
        Assert.Single(compilation.GlobalNamespace.Classes);
    }

    [Fact]
    public void A_missing_header_is_reported()
    {
        var (compilation, diagnostics) = ParsingTestSupport.Parse("/nonexistent/nothing.h");
        Assert.True(compilation.HasErrors);
        Assert.Equal(DiagnosticIds.HeaderNotFound, Assert.Single(diagnostics.Items).Id);
    }

    [Fact]
    public void A_request_that_is_not_a_specialization_is_reported_at_its_location()
    {
        var header = ParsingTestSupport.WriteTempHeader("plain.h", "#pragma once\nnamespace n { class Plain {}; template <typename T> class Box { public: T Get(); }; }\n");
        var diagnostics = new DiagnosticBag();
        var where = new SourceLocation("wrap.i", 7, 11);
        var compilation = CppParser.Parse([header], new CppParserOptions(),
            [new CppInstantiationRequest("n::Plain", where), new CppInstantiationRequest("n::Box<int>", new SourceLocation("wrap.i", 8, 11))], diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.NotASpecialization, error.Id);
        Assert.Equal(where, error.Location);
        Assert.Equal("int Get()", Assert.Single(compilation.Instantiations["n::Box<int>"].Functions).ToString());
    }

    [Fact]
    public void A_request_that_does_not_compile_is_reported_at_its_location()
    {
        var header = ParsingTestSupport.WriteTempHeader("box.h", "#pragma once\ntemplate <typename T> class Box { public: T Get(); };\n");
        var diagnostics = new DiagnosticBag();
        var where = new SourceLocation("wrap.i", 3, 1);
        var compilation = CppParser.Parse([header], new CppParserOptions(), [new CppInstantiationRequest("Box<NoSuchType>", where)], diagnostics);
        Assert.True(compilation.HasErrors);
        var error = diagnostics.Items.First(d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticIds.InstantiationFailed, error.Id);
        Assert.Equal(where, error.Location);
        Assert.Contains("Box<NoSuchType>", error.Message);
        Assert.Empty(compilation.Instantiations);
    }
}
