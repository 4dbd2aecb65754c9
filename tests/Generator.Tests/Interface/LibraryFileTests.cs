using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Interface;

/// <summary>SWIG's library files shipped with the tool: found without -I, shadowed by a user's copy, refused with a reason when not provided.</summary>
public sealed class LibraryFileTests
{
    private static (InterfaceFile File, DiagnosticBag Diagnostics) Parse(string text, IReadOnlyList<string>? includeDirs = null)
    {
        var diagnostics = new DiagnosticBag();
        return (InterfaceParser.ParseText(text, "lib.i", includeDirs ?? [], diagnostics), diagnostics);
    }

    [Fact]
    public void Library_files_are_found_in_every_spelling_without_include_folders()
    {
        var (file, diagnostics) = Parse("%include <std_string.i>\n%include \"std_vector.i\"\n%include exception.i\n%include <typemaps.i>\n%include <stl.i>\n");
        Assert.Empty(diagnostics.Items);
        Assert.Equal(["lib.i", "<itkbindgen>/std_string.i", "<itkbindgen>/std_vector.i", "<itkbindgen>/exception.i", "<itkbindgen>/typemaps.i", "<itkbindgen>/stl.i"], file.SourceFiles);
        Assert.Contains(file.VerbatimBlocks, b => b.Text.Contains("#include <vector>"));
        Assert.Contains(file.VerbatimBlocks, b => b.Text.Contains("#define SWIG_exception(code, message)"));
    }

    [Fact]
    public void A_users_own_copy_wins()
    {
        using var folder = new TemporaryFolder();
        folder.Write("std_string.i", "%ignore mine;\n");
        var (file, diagnostics) = Parse("%include <std_string.i>\n", [folder.Path]);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("mine", Assert.Single(file.Ignores).Target);
    }

    [Fact]
    public void Carrays_macros_make_inline_code()
    {
        var (file, diagnostics) = Parse("%include <carrays.i>\n%array_functions(double, doubleArray)\n");
        Assert.Empty(diagnostics.Items);
        var code = Assert.Single(file.InlineCode).Text;
        Assert.Contains("static double *new_doubleArray(std::size_t count)", code);
        Assert.Contains("static void doubleArray_setitem(double *items, std::size_t index, double value)", code);
    }

    [Theory]
    [InlineData("std_set.i", "only std::vector")]
    [InlineData("std_shared_ptr.i", "shared pointers are not wrapped")]
    [InlineData("enums.swg", "C++ enums always become C# enums")]
    public void Files_not_provided_are_refused_with_the_reason(string name, string reason)
    {
        var (_, diagnostics) = Parse($"%include <{name}>\n");
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.LibraryFileNotProvided, error.Id);
        Assert.Equal(new SourceLocation("lib.i", 1, 1), error.Location);
        Assert.Contains(reason, error.Message);
    }
}
