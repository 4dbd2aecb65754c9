using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Interface;

public sealed class ApplyDirectiveTests
{
    private const string File = "apply.i";

    private static (InterfaceFile File, DiagnosticBag Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (InterfaceParser.ParseText(text, File, diagnostics), diagnostics);
    }

    [Fact]
    public void Arrays_take_an_element_a_length_and_typed_targets_with_optional_names()
    {
        var (file, diagnostics) = Parse("""
            %apply double INPUT[ImageDimension] { const double *, const double * variance };
            %apply unsigned long OUTPUT[3] { unsigned long * size };
            """);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(2, file.Applies.Count);
        var input = file.Applies[0];
        Assert.Equal((ApplyMode.Input, "double", "ImageDimension"), (input.Mode, input.Element, input.Length));
        Assert.Equal([new ApplyTarget("const double*", null), new ApplyTarget("const double*", "variance")], input.Targets);
        Assert.Equal(new SourceLocation(File, 1, 1), input.Location);
        var output = file.Applies[1];
        Assert.Equal((ApplyMode.Output, "unsigned long", "3"), (output.Mode, output.Element, output.Length));
        Assert.Equal("%apply unsigned long OUTPUT[3] { unsigned long* size };", output.ToString());
    }

    [Fact]
    public void References_become_out_or_in_out_and_template_arguments_keep_their_commas()
    {
        var (file, diagnostics) = Parse("%apply OUTPUT { bool & isInside, itk::FixedArray<double, 2> & point };");
        Assert.Empty(diagnostics.Items);
        var rule = Assert.Single(file.Applies);
        Assert.Equal(ApplyMode.OutReference, rule.Mode);
        Assert.Equal([new ApplyTarget("bool&", "isInside"), new ApplyTarget("itk::FixedArray<double, 2>&", "point")], rule.Targets);
    }

    [Theory]
    [InlineData("%apply double INPUT { const double * };", 1, 8)]
    [InlineData("%apply double INPUT[] { const double * };", 1, 20)]
    [InlineData("%apply double INPUT[2] const double *;", 1, 38)]
    [InlineData("%apply double INPUT[2] { const double * ;", 1, 24)]
    [InlineData("%apply double INPUT[2] { , };", 1, 26)]
    public void Malformed_rules_are_errors_at_their_place(string text, int line, int column)
    {
        var (file, diagnostics) = Parse(text);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.MalformedInterfaceDirective, error.Id);
        Assert.Equal(new SourceLocation(File, line, column), error.Location);
        Assert.Empty(file.Applies);
    }
}
