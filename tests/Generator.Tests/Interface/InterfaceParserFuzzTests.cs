using CsCheck;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Interface;

/// <summary>
/// Property-based fuzzing of the interface-file scanner and parser: any text, built from the pieces interface
/// files are made of and from arbitrary characters, ends in a model and diagnostics that each name the file, a line
/// and a column; never in an exception.
/// </summary>
public sealed class InterfaceParserFuzzTests
{
    private const string File = "fuzz.i";

    private static readonly string[] Pieces =
    [
        "%module", "%include", "%import", "%template", "%rename", "%ignore", "%thread", "%nothread", "%feature", "%apply",
        "%{", "%}", "%", "(", ")", "<", ">", "{", "}", "[", "]", ";", ",", "::", ":", "*", "&", "~", "=", "\"", "\"x\"",
        "\"a\\\"b\"", "itk::Image", "float", "2", "0x1F", "Name", "class", "INPUT", "OUTPUT", "INOUT", "operator", "==",
        "//", "/*", "*/", "\n", "\r\n", " ", "\t", "#define X 1", "\\\n", "é", "\u0000", "\uFEFF",
        // SWIG's preprocessor and the directives and C++ it adds.
        "\n#if ", "\n#ifdef X", "\n#ifndef SWIG", "\n#elif 1", "\n#else", "\n#endif", "\n#define F(a, b...) a ## b #a", "\n#undef X",
        "\n#error e", "\n#pragma SWIG nowarn=325", "%define", "%enddef", "%define M(x) %ignore x; %enddef", "M(", "F(", "X", "#", "##",
        "defined", "'c'", "'", "%inline", "%extend", "%typemap", "%exception", "%newobject", "%immutable", "%constant", "%warnfilter",
        "%insert(\"header\")", "%module(directors=\"1\")", "%rename(\"%(lowercamelcase)s\")", "*::", "namespace n {", "struct S {",
        "%include <std_string.i>", "%include <carrays.i>", "%array_functions(int, a)", "$ignore", "%$isclass", "...", "__VA_ARGS__",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency((4, Gen.OneOf(Pieces)), (1, Gen.String[0, 6]), (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> Text = Piece.Array[0, 60].Select(pieces => string.Concat(pieces));

    [Fact]
    public void Any_text_ends_in_a_model_and_located_diagnostics() =>
        Text.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var file = InterfaceParser.ParseText(text, File, diagnostics);
            Assert.NotNull(file);
            foreach (var diagnostic in diagnostics.Items)
            {
                Assert.True(diagnostic.Location.File == File && diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1,
                    $"unlocated diagnostic for {Quote(text)}: {diagnostic}");
            }
        }, iter: FuzzBudget.Iterations(100_000), time: FuzzBudget.Seconds, threads: 1, print: Quote);

    [Fact]
    public void Text_that_parses_cleanly_prints_back_to_the_same_model() =>
        Text.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var file = InterfaceParser.ParseText(text, File, diagnostics);
            if (diagnostics.HasErrors || file.Includes.Count > 0)
            {
                return;
            }
            var printed = file.ToString();
            var again = InterfaceParser.ParseText(printed, File, new DiagnosticBag());
            Assert.Equal(printed, again.ToString());
        }, iter: FuzzBudget.Iterations(20_000), time: FuzzBudget.Seconds, threads: 1, print: Quote);

    // Inputs the fuzzing found, kept as regression cases.
    [Theory]
    [InlineData("%thread~%module")]
    [InlineData("dq?$%A;B%apply%nothread~%module%nothread")]
    public void Found_inputs_give_located_errors(string text)
    {
        var diagnostics = new DiagnosticBag();
        InterfaceParser.ParseText(text, File, diagnostics);
        Assert.True(diagnostics.HasErrors);
        Assert.All(diagnostics.Items, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
