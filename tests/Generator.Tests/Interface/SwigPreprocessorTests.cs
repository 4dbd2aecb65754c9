using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Interface;

/// <summary>SWIG's preprocessor over interface files: conditionals, #define and %define macros, # and ##, and where diagnostics point.</summary>
public sealed class SwigPreprocessorTests
{
    private const string File = "pp.i";

    private static (InterfaceFile File, DiagnosticBag Diagnostics) Parse(string text, InterfaceParserOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        return (InterfaceParser.ParseText(text, File, [], diagnostics, options), diagnostics);
    }

    private static InterfaceFile ParseClean(string text, InterfaceParserOptions? options = null)
    {
        var (file, diagnostics) = Parse(text, options);
        Assert.Empty(diagnostics.Items);
        return file;
    }

    private static SourceLocation At(int line, int column) => new(File, line, column);

    [Fact]
    public void Swig_and_swigcsharp_are_defined_and_other_languages_are_not()
    {
        var file = ParseClean("""
            #ifdef SWIG
            %ignore a;
            #endif
            #if defined(SWIGCSHARP) && !defined(SWIGJAVA)
            %ignore b;
            #elif defined(SWIGJAVA)
            %ignore c;
            #else
            %ignore d;
            #endif
            #ifndef SWIGPYTHON
            %ignore e;
            #endif
            """);
        Assert.Equal(["a", "b", "e"], file.Ignores.Select(i => i.Target));
    }

    [Theory]
    [InlineData("1 + 2 * 3 == 7", true)]
    [InlineData("(1 + 2) * 3 == 7", false)]
    [InlineData("0x10 == 16 && 010 == 8 && 0b11 == 3", true)]
    [InlineData("10 / 3 == 3 && 10 % 3 == 1 && -7 / 2 == -3", true)]
    [InlineData("1 << 4 == 16 && (256 >> 4) == 16", true)]
    [InlineData("~0 == -1 && !0 && !!5", true)]
    [InlineData("UNDEFINED_NAME == 0", true)]
    [InlineData("1 ? 2 : 3 == 2", true)]
    [InlineData("'A' == 65", true)]
    [InlineData("__cplusplus >= 201103L", true)]
    [InlineData("(3 & 5) == 1 && (3 | 5) == 7 && (3 ^ 5) == 6", true)]
    [InlineData("5 >= 5 && 4 <= 5 && 4 < 5 && 6 > 5 && 4 != 5", true)]
    [InlineData("TWO * 3 == 6", true)]
    [InlineData("SQUARE(TWO) == 4", true)]
    public void If_evaluates_c_arithmetic(string condition, bool expected)
    {
        var file = ParseClean($"#define TWO 2\n#define SQUARE(x) ((x) * (x))\n#if {condition}\n%ignore yes;\n#else\n%ignore no;\n#endif\n");
        Assert.Equal(expected ? "yes" : "no", Assert.Single(file.Ignores).Target);
    }

    [Fact]
    public void Nested_conditionals_inside_skipped_groups_are_skipped_whole()
    {
        var file = ParseClean("""
            #if 0
              #ifdef SWIG
              %ignore a;
              #else
              don't scan this: 'unterminated
              #endif
              %ignore b;
            #elif 1
            %ignore c;
            #elif 1
            %ignore d;
            #else
            %ignore e;
            #endif
            """);
        Assert.Equal("c", Assert.Single(file.Ignores).Target);
    }

    [Fact]
    public void Command_line_defines_and_undefines_apply()
    {
        var file = ParseClean("#ifdef FOO\n%ignore foo;\n#endif\n#if LEVEL > 2\n%ignore level;\n#endif\n#ifndef SWIGCSHARP\n%ignore undefined;\n#endif\n",
            new InterfaceParserOptions { Defines = ["FOO", "LEVEL=3"], Undefines = ["SWIGCSHARP"] });
        Assert.Equal(["foo", "level", "undefined"], file.Ignores.Select(i => i.Target));
    }

    [Fact]
    public void Macros_expand_in_directives_and_undef_removes_them()
    {
        var file = ParseClean("""
            #define NAME Renamed
            #define TARGET(cls, member) cls::member
            %rename(NAME) TARGET(ns::Foo, bar);
            #undef NAME
            %rename(NAME) Other;
            """);
        Assert.Equal([new RenameDirective("Renamed", "ns::Foo::bar", At(3, 1)), new RenameDirective("NAME", "Other", At(5, 1))], file.Renames);
    }

    [Fact]
    public void Percent_define_makes_multi_line_macros_with_stringizing_pasting_and_variadic_parameters()
    {
        var file = ParseClean("""
            %define INSTANTIATE(T, SUFFIX)
            %template(Image ## SUFFIX) itk::Image<T, 2>;
            %feature("docstring", #T) itk::Image<T, 2>;
            %enddef
            %define IGNORE_ALL(NAMES...)
            %ignore NAMES;
            %enddef
            INSTANTIATE(float, F2)
            INSTANTIATE(unsigned char, UC2)
            IGNORE_ALL(a::b)
            """);
        Assert.Equal(["ImageF2", "ImageUC2"], file.Templates.Select(t => t.Name));
        Assert.Equal(["itk::Image<float, 2>", "itk::Image<unsigned char, 2>"], file.Templates.Select(t => t.CppType));
        Assert.Equal(["float", "unsigned char"], file.FeatureRules.Select(f => f.Value));
        Assert.Equal("a::b", Assert.Single(file.Ignores).Target);
    }

    [Fact]
    public void Directives_a_macro_makes_stand_at_its_call_and_name_it()
    {
        var file = ParseClean("%define WRAP(T)\n%template(W ## T) W<T>;\n%enddef\n\n  WRAP(int)\n");
        var template = Assert.Single(file.Templates);
        Assert.Equal((File, 5, 3), (template.Location.File, template.Location.Line, template.Location.Column));
        Assert.Equal("macro 'WRAP' defined at pp.i(1,9)", template.Location.Via);
    }

    [Fact]
    public void An_error_inside_a_macro_is_reported_at_the_call_and_names_the_macro()
    {
        var (_, diagnostics) = Parse("%define BAD\n%template(X) notATemplate;\n%enddef\nBAD\n");
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((4, 1), (error.Location.Line, error.Location.Column));
        Assert.EndsWith("(through macro 'BAD' defined at pp.i(1,9))", error.ToString());
    }

    [Fact]
    public void Macros_in_a_percent_define_body_expand_when_it_does_and_conditionals_in_it_are_decided_then()
    {
        var file = ParseClean("""
            %define CHOOSE(X)
            #if defined(SWIGCSHARP)
            %ignore X ## _cs;
            #else
            %ignore X ## _other;
            #endif
            %enddef
            #define INNER(a) CHOOSE(a)
            INNER(f)
            """);
        Assert.Equal("f_cs", Assert.Single(file.Ignores).Target);
    }

    // Found by the fuzzing stage: the condition expanded the macro again, without end, until the stack overflowed.
    [Fact]
    public void A_macro_does_not_expand_inside_a_condition_of_its_own_body()
    {
        var file = ParseClean("""
            %define SELF
            #if SELF
            %ignore taken;
            #else
            %ignore not_taken;
            #endif
            %enddef
            #define OUTER SELF
            SELF
            OUTER
            """);
        Assert.Equal(["not_taken", "not_taken"], file.Ignores.Select(i => i.Target));
    }

    [Fact]
    public void A_macro_does_not_expand_inside_itself()
    {
        var file = ParseClean("#define foo foo::bar\n%ignore foo;\n");
        Assert.Equal("foo::bar", Assert.Single(file.Ignores).Target);
    }

    [Fact]
    public void Verbatim_blocks_are_not_preprocessed_but_blocks_in_a_macro_body_get_its_arguments()
    {
        var file = ParseClean("""
            #define X 1
            %{
            #if X
            int kept = X;
            #endif
            %}
            %define GETTER(T, NAME)
            %inline %{ T get_##NAME() { return T(); } %}
            %enddef
            GETTER(double, value)
            """);
        Assert.Equal("\n#if X\nint kept = X;\n#endif\n", file.VerbatimBlocks[0].Text);
        Assert.Equal(" double get_value() { return double(); } ", file.VerbatimBlocks[1].Text);
        Assert.True(file.VerbatimBlocks[1].IsInline);
    }

    [Fact]
    public void Pragma_swig_nowarn_becomes_a_warning_filter()
    {
        var file = ParseClean("#pragma SWIG nowarn=325,SWIGWARN_LANG_IDENTIFIER\n#pragma once\n");
        Assert.Equal(
            [["325"], ["SWIGWARN_LANG_IDENTIFIER"]],
            file.WarningFilters.Select(f => f.Warnings.ToArray()));
        Assert.Equal([DiagnosticIds.ClassNotWrapped, DiagnosticIds.MemberNotWrapped], file.WarningFilters.SelectMany(f => f.Mapped));
    }

    [Fact]
    public void Hash_include_is_ignored_with_a_warning_as_swig_ignores_it()
    {
        var (file, diagnostics) = Parse("  #include \"a.h\"\n%ignore x;\n");
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Warning, DiagnosticIds.IncludeLineIgnored, At(1, 3)), (warning.Severity, warning.Id, warning.Location));
        Assert.Single(file.Ignores);
    }

    public static TheoryData<string, string, int, int, string> Errors => new()
    {
        { "#if 1\n%ignore a;\n", "IBG2013", 1, 1, "#if has no #endif" },
        { "#endif\n", "IBG2013", 1, 1, "#endif without an #if" },
        { "#else\n", "IBG2013", 1, 1, "#else without an #if" },
        { "#if 1\n#else\n#else\n#endif\n", "IBG2013", 3, 1, "#else after the #else" },
        { "#if 0\n#else\n#else\n#endif\n", "IBG2013", 3, 1, "#else after the #else" },
        { "#if 1 +\n#endif\n", "IBG2013", 1, 8, "ends too early" },
        { "#if 1 / 0\n#endif\n", "IBG2013", 1, 7, "division by zero" },
        { "#if 1.5\n#endif\n", "IBG2013", 1, 5, "'1.5' is not an integer" },
        { "#if (1\n#endif\n", "IBG2013", 1, 7, "expected ')'" },
        { "#if\n#endif\n", "IBG2013", 1, 4, "#if needs a condition" },
        { "#if defined(\n#endif\n", "IBG2013", 1, 5, "'defined' needs a macro name" },
        { "#ifdef\n#endif\n", "IBG2013", 1, 7, "#ifdef needs a macro name" },
        { "#define\n", "IBG2013", 1, 8, "expected a macro name" },
        { "#define F(a, a) a\n", "IBG2013", 1, 14, "two parameters named 'a'" },
        { "#define F(a\n", "IBG2013", 1, 10, "has no closing ')'" },
        { "#undef\n", "IBG2013", 1, 1, "#undef needs one macro name" },
        { "#frobnicate\n", "IBG2013", 1, 1, "unknown preprocessor line '#frobnicate'" },
        { "#error stop here, it's broken\n", "IBG2014", 1, 1, "#error stop here, it's broken" },
        { "%define M\n%ignore x;\n", "IBG2013", 1, 1, "%define has no %enddef" },
        { "%enddef\n", "IBG2013", 1, 1, "%enddef without a %define" },
        { "#define F(a, b) a b\nF(1)\n", "IBG2016", 2, 1, "takes 2 arguments (a, b), but 1 was given" },
        { "#define F(a) a\n%ignore F(x;\n", "IBG2016", 2, 9, "have no closing ')'" },
        { "#pragma SWIG frob\n", "IBG2013", 1, 1, "'#pragma SWIG frob' is not understood" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_name_the_place_and_the_problem(string text, string id, int line, int column, string message)
    {
        var (_, diagnostics) = Parse(text);
        var diagnostic = diagnostics.Items.First(d => d.Severity == Severity.Error);
        Assert.Equal(id, diagnostic.Id.ToString());
        Assert.Equal(At(line, column), diagnostic.Location);
        Assert.Contains(message, diagnostic.Message);
    }

    // Nesting a hostile or generated file may carry: each is refused with one located error, never by the stack.
    public static TheoryData<string, string, string> DeepInputs
    {
        get
        {
            static string Times(string text) => string.Concat(Enumerable.Repeat(text, 100_000));
            return new()
            {
                { "#if " + Times("(") + "1" + Times(")") + "\n#endif\n", "IBG2013", "the #if condition nests more than 256 deep" },
                { "#if " + Times("!") + "1\n#endif\n", "IBG2013", "the #if condition nests more than 256 deep" },
                { "#if " + Times("1 ? ") + "1" + Times(" : 0") + "\n#endif\n", "IBG2013", "the #if condition nests more than 256 deep" },
                { "#define F(x) x\n" + Times("F(") + "1" + Times(")") + "\n", "IBG2016", "expanding macro 'F' went past 500000 tokens" },
                { "#define F(x) x\n" + string.Concat(Enumerable.Repeat("F(", 100)) + "1" + string.Concat(Enumerable.Repeat(")", 100)) + "\n",
                    "IBG2016", "expanding macro 'F' went more than 64 macros deep" },
            };
        }
    }

    [Fact]
    public void Nesting_below_the_limit_is_evaluated()
    {
        // Each parenthesis, unary operator or ?: is one level of the 256 (an odd count of ! makes 0 true).
        var depth = 250;
        var text = "#if " + new string('(', depth) + "1" + new string(')', depth) + " && " + new string('!', depth - 1) + "0\n%ignore taken;\n#endif\n";
        Assert.Equal("taken", Assert.Single(ParseClean(text).Ignores).Target);
    }

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Deep_nesting_ends_in_one_located_error(string text, string id, string message)
    {
        var (_, diagnostics) = Parse(text);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal((id, File), (error.Id.ToString(), error.Location.File));
        Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1, error.ToString());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Warning_lines_warn_and_parsing_goes_on()
    {
        var (file, diagnostics) = Parse("#warning check this\n%ignore x;\n");
        Assert.Equal((Severity.Warning, "#warning check this"), (Assert.Single(diagnostics.Items).Severity, diagnostics.Items[0].Message));
        Assert.Single(file.Ignores);
    }

    [Fact]
    public void A_runaway_expansion_is_stopped_and_reported()
    {
        var text = string.Concat(Enumerable.Range(0, 30).Select(i => $"#define M{i} M{i + 1} M{i + 1}\n")) + "%ignore M0;\n";
        var (_, diagnostics) = Parse(text);
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.MacroExpansionFailed && d.Location.Line == 31);
    }
}
