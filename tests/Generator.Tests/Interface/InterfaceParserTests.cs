using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Interface;

public sealed class InterfaceParserTests
{
    private const string File = "test.i";

    private static (InterfaceFile File, DiagnosticBag Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.ParseText(text, File, diagnostics);
        return (file, diagnostics);
    }

    private static InterfaceFile ParseClean(string text)
    {
        var (file, diagnostics) = Parse(text);
        Assert.Empty(diagnostics.Items);
        return file;
    }

    private static SourceLocation At(int line, int column) => new(File, line, column);

    [Fact]
    public void The_design_example_parses_completely()
    {
        var file = ParseClean("""
            %module ItkCore
            %{
            #include "itkMedianImageFilter.h"      // copied verbatim into the shim
            %}
            %include "itkMedianImageFilter.h"      // wrap what this header declares
            %template(MedianImageFilterF2) itk::MedianImageFilter<itk::Image<float,2>, itk::Image<float,2>>;
            %rename(Run) itk::ProcessObject::Update;
            %ignore itk::LightObject::Print;
            %nothread itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads;
            %thread itk::TestHooks;
            %feature("director") itk::Command;
            """);

        Assert.Equal("ItkCore", file.ModuleName);
        Assert.Equal(At(1, 1), file.ModuleLocation);
        var block = Assert.Single(file.VerbatimBlocks);
        Assert.Equal("\n#include \"itkMedianImageFilter.h\"      // copied verbatim into the shim\n", block.Text);
        Assert.Equal(At(2, 1), block.Location);
        Assert.Equal(new InterfaceInclude("itkMedianImageFilter.h", null, false, false, At(5, 1)), Assert.Single(file.Includes));
        Assert.Equal(new TemplateDirective("MedianImageFilterF2", "itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>", At(6, 1)), Assert.Single(file.Templates));
        Assert.Equal(new RenameDirective("Run", "itk::ProcessObject::Update", At(7, 1)), Assert.Single(file.Renames));
        Assert.Equal(new IgnoreDirective("itk::LightObject::Print", At(8, 1)), Assert.Single(file.Ignores));
        Assert.Equal(
            [
                new ThreadDirective(ThreadPolicy.NoThread, "itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads", At(9, 1)),
                new ThreadDirective(ThreadPolicy.Thread, "itk::TestHooks", At(10, 1)),
            ],
            file.ThreadDirectives);
        Assert.Equal(new FeatureDirective("director", null, "itk::Command", At(11, 1)), Assert.Single(file.Features));
        Assert.Equal([File], file.SourceFiles);
    }

    [Fact]
    public void Feature_takes_an_optional_value()
    {
        var file = ParseClean("""%feature("docstring", "Runs \"it\"") itk::ProcessObject::Update;""");
        Assert.Equal(new FeatureDirective("docstring", "Runs \"it\"", "itk::ProcessObject::Update", At(1, 1)), Assert.Single(file.Features));
    }

    [Fact]
    public void Includes_and_imports_record_their_form()
    {
        var file = ParseClean("""
            %include <vector>
            %import "itkObject.h"
            %import <itkLightObject.h>;
            %include "itkImage.h";
            """);
        Assert.Equal(
            [
                new InterfaceInclude("vector", null, true, false, At(1, 1)),
                new InterfaceInclude("itkObject.h", null, false, true, At(2, 1)),
                new InterfaceInclude("itkLightObject.h", null, true, true, At(3, 1)),
                new InterfaceInclude("itkImage.h", null, false, false, At(4, 1)),
            ],
            file.Includes);
        Assert.Equal(["vector", "itkImage.h"], file.WrappedHeaders.Select(i => i.Path));
        Assert.Equal(["itkObject.h", "itkLightObject.h"], file.ImportedHeaders.Select(i => i.Path));
    }

    [Fact]
    public void Verbatim_blocks_keep_order_text_and_location()
    {
        var file = ParseClean("%module M\n  %{ int a; /* not a comment here */ %}\n%{\n// kept\n#define X \\\n  1\n%}\n");
        Assert.Equal(
            [
                new VerbatimBlock(" int a; /* not a comment here */ ", At(2, 3)) { TextLocation = At(2, 5) },
                new VerbatimBlock("\n// kept\n#define X \\\n  1\n", At(3, 1)) { TextLocation = At(3, 3) },
            ],
            file.VerbatimBlocks);
    }

    [Fact]
    public void Comments_are_allowed_everywhere_outside_blocks()
    {
        var file = ParseClean("""
            // leading comment
            /* block
               comment */ %module /* inside */ M // trailing
            %template( /* a */ ImageF2 /* b */ ) itk::Image< // split
                float, /* dim */ 2 > ;
            %ignore itk:: /* odd but fine */ Object::Print;
            """);
        Assert.Equal("M", file.ModuleName);
        Assert.Equal(At(3, 15), file.ModuleLocation);
        Assert.Equal(new TemplateDirective("ImageF2", "itk::Image<float, 2>", At(4, 1)), Assert.Single(file.Templates));
        Assert.Equal("itk::Object::Print", Assert.Single(file.Ignores).Target);
    }

    [Fact]
    public void Backslash_newline_continues_a_line()
    {
        var file = ParseClean("%tem\\\nplate(ImageF2) itk::Im\\\r\nage<float, 2>;\n// comment \\\n %ignore continued;\n%ignore kept;\n");
        var template = Assert.Single(file.Templates);
        Assert.Equal("itk::Image<float, 2>", template.CppType);
        Assert.Equal(At(1, 1), template.Location);
        Assert.Equal(new IgnoreDirective("kept", At(6, 1)), Assert.Single(file.Ignores));
    }

    [Theory]
    [InlineData("itk::A<itk::B<float,2>>", "itk::A<itk::B<float, 2>>")]
    [InlineData("itk::A< itk::B< float , 2 > >", "itk::A<itk::B<float, 2>>")]
    [InlineData("::itk::A<unsigned   char, 3u>", "::itk::A<unsigned char, 3u>")]
    [InlineData("itk::A<itk::B<itk::C<float, 2>>, itk::C<double, 3>>", "itk::A<itk::B<itk::C<float, 2>>, itk::C<double, 3>>")]
    [InlineData("itk::F<float(int, double)>", "itk::F<float(int, double)>")]
    [InlineData("itk::A<const   itk::B<int,2> *>", "itk::A<const itk::B<int, 2>*>")]
    public void Template_types_are_normalized_for_whitespace(string written, string normalized)
    {
        var file = ParseClean($"%template(T) {written};");
        Assert.Equal(normalized, Assert.Single(file.Templates).CppType);
    }

    [Fact]
    public void Template_types_may_span_lines()
    {
        var file = ParseClean("""
            %template(MedianImageFilterF2)
                itk::MedianImageFilter<
                    itk::Image<float, 2>,
                    itk::Image<float, 2>
                >;
            """);
        Assert.Equal("itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>", Assert.Single(file.Templates).CppType);
    }

    [Theory]
    [InlineData("%ignore ::itk::Object;", "itk::Object")]
    [InlineData("%ignore itk::Object::~Object;", "itk::Object::~Object")]
    [InlineData("%ignore itk::Image::operator[];", "itk::Image::operator[]")]
    [InlineData("%ignore itk::Index::operator==;", "itk::Index::operator==")]
    [InlineData("%ignore itk::Index::operator ();", "itk::Index::operator()")]
    [InlineData("%ignore itk::SmartPointer::operator bool;", "itk::SmartPointer::operator bool")]
    [InlineData("%ignore Free;", "Free")]
    public void Targets_can_be_any_qualified_name(string text, string target)
    {
        Assert.Equal(target, Assert.Single(ParseClean(text).Ignores).Target);
    }

    [Fact]
    public void Rename_accepts_a_quoted_name()
    {
        Assert.Equal("Run", Assert.Single(ParseClean("""%rename("Run") itk::ProcessObject::Update;""").Renames).NewName);
    }

    [Fact]
    public void An_empty_file_is_an_empty_interface()
    {
        var file = ParseClean("\n\n   // nothing\n");
        Assert.Null(file.ModuleName);
        Assert.Equal(SourceLocation.None, file.ModuleLocation);
    }

    public static TheoryData<string, string, int, int, string> Errors => new()
    {
        // text, id, line, column, part of the message
        { "%foo bar;", "IBG2001", 1, 1, "unknown directive '%foo'" },
        { "%module A\n%module B", "IBG2004", 2, 1, "already named 'A' at test.i(1,1)" },
        { "%module\n%ignore A;", "IBG2002", 1, 8, "%module needs a module name" },
        { "%module 2D", "IBG2010", 1, 9, "'2D' is not a valid identifier" },
        { "%template itk::Image<float, 2>;", "IBG2002", 1, 11, "expected '(' after %template" },
        { "%template(Image F2) itk::Image<float, 2>;", "IBG2002", 1, 17, "expected ')' after 'Image'" },
        { "%template(2F) itk::Image<float, 2>;", "IBG2010", 1, 11, "'2F' is not a valid identifier" },
        { "%template(\"a-b\") itk::Image<float, 2>;", "IBG2010", 1, 11, "'a-b' is not a valid identifier" },
        { "%template(class) itk::Image<float, 2>;", "IBG2010", 1, 11, "'class' is a C# keyword and cannot name a C# declaration" },
        { "%rename(event) itk::Object::Modified;", "IBG2010", 1, 9, "'event' is a C# keyword" },
        { "%module namespace", "IBG2010", 1, 9, "'namespace' is a C# keyword and cannot name a module" },
        { "%template(ImageF2) itk::Image<float, 2>\n%ignore A;", "IBG2002", 1, 40, "expected ';' before '%ignore'" },
        { "%template(ImageF2) itk::Image<float, 2>", "IBG2002", 1, 40, "expected ';' before 'end of file'" },
        { "%template(ImageF2) itk::Image<itk::Index<2>;", "IBG2002", 1, 30, "'<' without a matching '>'" },
        { "%template(ImageF2) itk::Image<float, 2>>;", "IBG2002", 1, 40, "'>' without a matching '<'" },
        { "%template(ImageF2);", "IBG2002", 1, 19, "%template needs a type" },
        { "%template(ImageF2) itk::Image;", "IBG2002", 1, 20, "'itk::Image' is not a template instantiation" },
        { "%template(A) itk::Image<float, 2>;\n%template(A) itk::Image<float, 3>;", "IBG2005", 2, 1, "'A' is already used at test.i(1,1) for 'itk::Image<float, 2>'" },
        { "%rename() itk::A::B;", "IBG2002", 1, 9, "%rename needs the new name" },
        { "%rename(Run);", "IBG2002", 1, 13, "%rename needs a target" },
        { "%ignore ;", "IBG2002", 1, 9, "%ignore needs a target" },
        { "%ignore\n%module M", "IBG2002", 1, 8, "%ignore needs a target" },
        { "%nothread;", "IBG2002", 1, 10, "%nothread needs a target" },
        { "%thread ;", "IBG2002", 1, 9, "%thread needs a target" },
        { "%ignore itk::A::B", "IBG2002", 1, 18, "expected ';' before 'end of file'" },
        { "%ignore itk::A::B C;", "IBG2002", 1, 18, "expected ';' before 'C'" },
        { "%ignore itk::;", "IBG2010", 1, 14, "expected a name after '::', found ';'" },
        { "%ignore itk:A;", "IBG2010", 1, 12, "separate the names" },
        { "%ignore itk.A;", "IBG2010", 1, 12, "separate the names" },
        { "%ignore itk::2A;", "IBG2010", 1, 14, "'2A' is not a valid identifier" },
        { "%ignore (x);", "IBG2010", 1, 9, "expected a name after %ignore" },
        { "%ignore itk::A::operator;", "IBG2010", 1, 25, "'operator' needs the operator" },
        { "%feature(director) itk::Command;", "IBG2002", 1, 10, "expected a feature name in quotes" },
        { "%feature(\"\") itk::Command;", "IBG2002", 1, 10, "expected a feature name in quotes" },
        { "%feature(\"a\", b) itk::Command;", "IBG2002", 1, 15, "expected a feature value in quotes" },
        { "%feature(\"a\" itk::Command;", "IBG2002", 1, 14, "expected ')' in %feature" },
        { "%feature \"a\" itk::Command;", "IBG2002", 1, 10, "expected '(' after %feature" },
        { "%include \"\"", "IBG2002", 1, 10, "%include needs a file name" },
        { "%include ;", "IBG2002", 1, 10, "expected a file name after %include" },
        { "%module(colour=\"red\") M", "IBG2020", 1, 9, "%module option 'colour' is not supported" },
        { "%module M\n%javaconst(1);", "IBG2001", 2, 1, "SWIG's Java module" },
        { "%typemap(argout) int { $1 = 2; }", "IBG2017", 1, 1, "%typemap(argout) is not supported" },
        { "%typemap(cstype) MyInt \"int\";", "IBG2017", 1, 1, "needs the whole set" },
        { "%apply char *STRING { char *s };", "IBG2017", 1, 14, "'char* STRING' typemap is not provided" },
        { "%shared_ptr(Foo)", "IBG2017", 1, 1, "std::shared_ptr is not wrapped" },
        { "%init %{ setup(); %}", "IBG2017", 1, 1, "no initialization function" },
        { "%include <std_set.i>", "IBG2021", 1, 1, "SWIG's library file 'std_set.i' is not provided" },
        { "%rename(\"%(schemify)s\") \"\";", "IBG2017", 1, 9, "not a name function" },
        { "%thread Foo::bar(int);", "IBG2017", 1, 1, "takes a plain name" },
        { "%inline int x;", "IBG2002", 1, 9, "expected %{ or { after %inline" },
        { "%extend { int f(); }", "IBG2002", 1, 9, "%extend needs the class it extends" },
        { "%module M\nint x; # oops", "IBG2022", 2, 8, "'#' in C++ outside a preprocessor line" },
        { "%import <itkImage.h", "IBG2003", 1, 9, "'<' has no closing '>'" },
        { "%module M\n%{\nint x;\n", "IBG2003", 2, 1, "'%{' has no closing '%}'" },
        { "%feature(\"abc) A;\n", "IBG2003", 1, 10, "string has no closing '\"'" },
        { "%module M /* never closed\n", "IBG2003", 1, 11, "comment has no closing '*/'" },
        { "%module M\n  %}", "IBG2002", 2, 3, "'%}' without a '%{'" },
        { "%include \"missing.i\"", "IBG2008", 1, 1, "cannot find interface file 'missing.i'" },
        { "%import \"missing.i\"", "IBG2008", 1, 1, "cannot find interface file 'missing.i'" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_name_the_place_and_the_problem(string text, string id, int line, int column, string message)
    {
        var (_, diagnostics) = Parse(text);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(id, diagnostic.Id.ToString());
        Assert.Equal(At(line, column), diagnostic.Location);
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void A_second_name_for_the_same_instantiation_is_a_warning_and_ignored()
    {
        var (file, diagnostics) = Parse("%template(A) itk::Image<float,2>;\n%template(B) itk::Image< float, 2 >;\n");
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Warning, "IBG2012", At(2, 1)), (warning.Severity, warning.Id.ToString(), warning.Location));
        Assert.Contains("already instantiated as 'A' at test.i(1,1)", warning.Message);
        Assert.Equal("A", Assert.Single(file.Templates).Name);
    }

    [Fact]
    public void Parsing_goes_on_after_an_error()
    {
        var (file, diagnostics) = Parse("""
            %module M
            %foo a b c;
            %template(A) itk::Image<float, 2>
            %template(B) itk::Image<float, 3>;
            int stray(int);
            struct S { int x; %ignore notSeen; };
            #pragma once
            %bogus %{ eaten %}
            %ignore itk::Object::Print;
            """);
        Assert.Equal(
            ["test.i(2,1): error IBG2001", "test.i(3,34): error IBG2002", "test.i(8,1): error IBG2001"],
            diagnostics.Items.Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf(':') + 1)]));
        Assert.Equal("B", Assert.Single(file.Templates).Name);
        // The C++ is kept for the C++ parser; the %ignore inside struct S applies to S's member, as in SWIG.
        Assert.Equal(["S::notSeen", "itk::Object::Print"], file.Ignores.Select(i => i.Target));
        Assert.Equal("int stray(int);\nstruct S { int x;                  };", Assert.Single(file.Declarations).Text);
        Assert.Empty(file.VerbatimBlocks);
    }

    [Fact]
    public void Diagnostics_print_like_a_compiler()
    {
        var (_, diagnostics) = Parse("\n  %foo;");
        Assert.StartsWith("test.i(2,3): error IBG2001: unknown directive '%foo'", Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void The_model_prints_as_interface_text_that_parses_back_to_the_same_model()
    {
        const string text = """
            %module ItkCore;
            %{
            #include "itkImage.h"
            %}
            %include "itkImage.h"
            %import <itkObject.h>
            %template(ImageF2) itk::Image<float, 2>;
            %rename(Run) itk::ProcessObject::Update;
            %ignore itk::Object::~Object;
            %nothread itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads;
            %thread itk::TestHooks;
            %feature("director") itk::Command;
            %feature("docstring", "Say \"hi\" \\ bye") itk::Command::Execute;

            """;
        var file = ParseClean(text);
        Assert.Equal(text.ReplaceLineEndings("\n"), file.ToString());
        Assert.Equal(file.ToString(), ParseClean(file.ToString()).ToString());
    }

    [Fact]
    public void Windows_line_endings_give_the_same_locations()
    {
        var (file, diagnostics) = Parse("%module M\r\n\r\n  %ignore A;\r\n%oops\r\n");
        Assert.Equal(At(3, 3), Assert.Single(file.Ignores).Location);
        Assert.Equal(At(4, 1), Assert.Single(diagnostics.Items).Location);
    }
}
