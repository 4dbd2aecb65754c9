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

    private static readonly Gen<string> Identifier = Gen.OneOf(Gen.Const("Name"), Gen.Const("MedianF2"), Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"].Array[1, 6].Select(c => new string(c)));

    private static readonly Gen<string> Qualified = Gen.Select(Gen.OneOf(Gen.Const("itk::"), Gen.Const(""), Gen.Const("itk::Image::")), Identifier, (scope, name) => scope + name);

    private static readonly Gen<string> CppType = Gen.OneOf(
        Gen.Const("float"), Gen.Const("double"), Gen.Const("unsigned long"), Qualified,
        Gen.Select(Qualified, Gen.Int[1, 4], (name, n) => $"{name}<float, {n}>"));

    // Whole statements of the kinds the parser accepts, so that a good share of samples parses cleanly.
    private static readonly Gen<string> Statement = Gen.OneOf(
        Identifier.Select(name => $"%module {name}\n"),
        Gen.Select(Identifier, CppType, (name, type) => $"%template({name}) {type};"),
        Gen.Select(Identifier, Qualified, (name, target) => $"%rename({name}) {target};"),
        Qualified.Select(target => $"%ignore {target};"),
        Gen.Select(Gen.OneOf(Gen.Const("%thread"), Gen.Const("%nothread")), Qualified, (directive, target) => $"{directive} {target};"),
        Qualified.Select(target => $"%feature(\"director\") {target};"),
        Gen.Select(CppType, Gen.Int[1, 3], Identifier, (type, n, name) => $"%apply {type} INPUT[{n}] {{ const {type} * {name} }};"),
        Identifier.Select(name => $"%apply OUTPUT {{ double & {name} }};"),
        Identifier.Select(name => $"%{{\n#include \"{name}.h\"\n%}}\n"),
        Identifier.Select(name => $"// {name}\n"),
        Identifier.Select(name => $"/* {name} */"));

    // Mostly statements, with now and then a piece of the arbitrary text above between them.
    private static readonly Gen<string> Statements = Gen.Frequency((8, Statement), (1, Piece))
        .Array[0, 12]
        .Select(parts => string.Join("\n", parts));

    // The round-trip property is only as good as the samples that reach it: at least this share must parse cleanly
    // into a model with something in it (measured: 6,065 of 20,000).
    private const double MinimumRoundTripShare = 0.15;

    [Fact]
    public void Any_text_ends_in_a_model_and_located_diagnostics() =>
        Gen.OneOf(Text, Statements).Sample(text =>
        {
            FuzzBudget.Record(nameof(Any_text_ends_in_a_model_and_located_diagnostics), Quote(text));
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
    public void Text_that_parses_cleanly_prints_back_to_the_same_model()
    {
        long samples = 0, reached = 0;
        Statements.Sample(text =>
        {
            FuzzBudget.Record(nameof(Text_that_parses_cleanly_prints_back_to_the_same_model), Quote(text));
            Interlocked.Increment(ref samples);
            var diagnostics = new DiagnosticBag();
            var file = InterfaceParser.ParseText(text, File, diagnostics);
            if (diagnostics.HasErrors || file.Includes.Count > 0)
            {
                return;
            }
            var printed = file.ToString();
            if (printed.Length > 0)
            {
                Interlocked.Increment(ref reached); // a model with something in it: the round trip is not trivially empty
            }
            var again = InterfaceParser.ParseText(printed, File, new DiagnosticBag());
            Assert.Equal(printed, again.ToString());
        }, iter: FuzzBudget.Iterations(20_000), time: FuzzBudget.Seconds, threads: 1, print: Quote);
        Assert.True(samples > 0 && reached >= MinimumRoundTripShare * samples,
            $"only {reached} of {samples} samples parsed cleanly into a non-empty model and reached the round trip (at least {MinimumRoundTripShare:P0} must)");
    }

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
