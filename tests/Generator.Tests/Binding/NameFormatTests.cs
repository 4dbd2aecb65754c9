using ItkBindGen.Binding.Directives;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Binding;

/// <summary>SWIG's name functions, each with the examples of SWIG's manual and of its sources' comments.</summary>
public sealed class NameFormatTests
{
    private static string? Apply(string written, string name)
    {
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.ParseText($"%rename(\"{written}\") \"\";", "t.i", diagnostics);
        Assert.Empty(diagnostics.Items);
        return NameFormat.Apply((RenameAction.Computed)Assert.Single(file.NameRules).Action, name);
    }

    [Theory]
    [InlineData("%(uppercase)s", "Print", "PRINT")]
    [InlineData("%(lower)s", "Print", "print")]
    [InlineData("%(title)s", "pRINT", "Print")]
    [InlineData("%(firstuppercase)s", "printIt", "PrintIt")]
    [InlineData("%(firstlowercase)s", "PrintIt", "printIt")]
    [InlineData("%(camelcase)s", "print_it", "PrintIt")]
    [InlineData("%(ctitle)s", "camelCase", "CamelCase")]
    [InlineData("%(lowercamelcase)s", "print_it", "printIt")]
    [InlineData("%(lctitle)s", "CamelCase", "camelCase")]
    [InlineData("%(undercase)s", "PrintIt", "print_it")]
    [InlineData("%(utitle)s", "get2D", "get_2d")]
    [InlineData("%(utitle)s", "asFloat2", "as_float2")]
    [InlineData("%(utitle)s", "GETFOO", "getfoo")]
    [InlineData("%(strip:[wx])s", "wxHello", "Hello")]
    [InlineData("%(strip:[wx])s", "FooBar", "FooBar")]
    [InlineData("%(rstrip:[Cls])s", "PrintCls", "Print")]
    [InlineData("%(regex:/(\\\\w+)_(.*)/\\\\u\\\\2/)s", "prefix_print", "Print")]
    [InlineData("%(regex:/^Set(.*)/put_\\\\l\\\\1/)s", "SetValue", "put_value")]
    [InlineData("%(regex:/^(.*)(nsa)(.*)/\\\\1\\\\U\\\\2\\\\E\\\\3/)s", "xnsay", "xNSAy")]
    [InlineData("%(regex:/wx(?!EVT)(.*)/\\\\1/)s", "wxSomeWidget", "SomeWidget")]
    [InlineData("%(regex:/wx(?!EVT)(.*)/\\\\1/)s", "wxEVT_PAINT", null)]
    [InlineData("AF_%(utitle)s", "doIt", "AF_do_it")]
    [InlineData("%s_void", "funky", "funky_void")]
    [InlineData("%s", "same", "same")]
    public void Each_function_gives_the_name_swig_gives(string written, string name, string? expected)
    {
        Assert.Equal(expected, Apply(written, name));
    }

    [Theory]
    [InlineData("%rename(\"a%sb%s\") \"\";", "is not a new name this tool can form")]
    [InlineData("%rename(\"x-%s\") \"\";", "is not a new name this tool can form")]
    [InlineData("%rename(\"%(regex:/a/\\\\q/)s\") \"\";", "is not one of SWIG's")]
    [InlineData("%rename(\"%(schemify)s\") \"\";", "is not a name function this tool has")]
    public void A_name_this_tool_cannot_form_is_refused_at_its_column(string text, string message)
    {
        var diagnostics = new DiagnosticBag();
        InterfaceParser.ParseText(text, "t.i", diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("t.i", 1, 9), error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
