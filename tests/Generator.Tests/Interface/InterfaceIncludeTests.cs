using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Interface;

public sealed class InterfaceIncludeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-include-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Included_interface_files_merge_in_order()
    {
        var common = Write("lib/common.i", "%ignore itk::LightObject::Print;\n%{ // common\n%}\n");
        var filters = Write("main/filters.i", "%include \"common.i\"\n%template(B) itk::B<int>;\n");
        var main = Write("main/main.i", """
            %module M
            %template(A) itk::A<int>;
            %include "filters.i"
            %include "itkImage.h"
            %template(C) itk::C<int>;
            """);
        Write("main/itkImage.h", "// header");

        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(main, [Path.Combine(_root, "lib")], diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(["A", "B", "C"], file.Templates.Select(t => t.Name));
        Assert.Equal(new SourceLocation(filters, 2, 1), file.Templates[1].Location);
        Assert.Equal(new SourceLocation(common, 1, 1), Assert.Single(file.Ignores).Location);
        Assert.Equal(new SourceLocation(common, 2, 1), Assert.Single(file.VerbatimBlocks).Location);
        Assert.Equal([main, filters, common], file.SourceFiles);
        Assert.Equal(
            [
                new InterfaceInclude("filters.i", filters, false, false, new SourceLocation(main, 3, 1)),
                new InterfaceInclude("common.i", common, false, false, new SourceLocation(filters, 1, 1)),
                new InterfaceInclude("itkImage.h", Path.Combine(_root, "main", "itkImage.h"), false, false, new SourceLocation(main, 4, 1)),
            ],
            file.Includes);
        Assert.Equal(["itkImage.h"], file.WrappedHeaders.Select(i => i.Path));
    }

    [Fact]
    public void Quoted_names_are_found_beside_the_including_file_before_the_include_dirs()
    {
        var local = Write("main/x.i", "%ignore Local;");
        Write("lib/x.i", "%ignore Library;");
        var main = Write("main/main.i", "%include \"x.i\"\n%include <y.i>\n");
        Write("main/y.i", "%ignore LocalY;");
        var libraryY = Write("lib/y.i", "%ignore LibraryY;");

        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(main, [Path.Combine(_root, "lib")], diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(["Local", "LibraryY"], file.Ignores.Select(i => i.Target));
        Assert.Equal([local, libraryY], file.Includes.Select(i => i.ResolvedPath));
    }

    [Fact]
    public void A_file_included_twice_is_read_once()
    {
        Write("common.i", "%ignore Once;");
        var main = Write("main.i", "%include \"common.i\"\n%include \"common.i\"\n");
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(main, [], diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Single(file.Ignores);
        Assert.Equal(2, file.Includes.Count);
    }

    [Fact]
    public void An_include_cycle_is_an_error_at_the_include_that_closes_it()
    {
        var a = Write("a.i", "%module A\n%include \"b.i\"\n");
        var b = Write("b.i", "%ignore B;\n  %include \"a.i\"\n");
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(a, [], diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.InterfaceIncludeCycle, error.Id);
        Assert.Equal(new SourceLocation(b, 2, 3), error.Location);
        Assert.Contains("a.i -> b.i -> a.i", error.Message);
        Assert.Equal("A", file.ModuleName);
    }

    [Fact]
    public void A_missing_included_interface_file_is_an_error_with_its_location()
    {
        var main = Write("main.i", "%module M\n\n   %include \"nowhere.i\"\n");
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(main, [Path.Combine(_root, "lib")], diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.InterfaceIncludeNotFound, error.Id);
        Assert.Equal(new SourceLocation(main, 3, 4), error.Location);
        Assert.Contains(Path.Combine(_root, "lib"), error.Message);
        Assert.Null(Assert.Single(file.Includes).ResolvedPath);
    }

    [Fact]
    public void A_missing_header_is_left_for_the_compiler()
    {
        var main = Write("main.i", "%include \"itkNotHere.h\"\n%include <vector>\n");
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(main, [], diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.All(file.Includes, i => Assert.Null(i.ResolvedPath));
    }

    [Fact]
    public void An_imported_interface_file_is_resolved_but_not_merged()
    {
        var other = Write("other.i", "%module Other\n%template(X) itk::X<int>;\n");
        var main = Write("main.i", "%module M\n%import \"other.i\"\n");
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(main, [], diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("M", file.ModuleName);
        Assert.Empty(file.Templates);
        Assert.Equal(other, Assert.Single(file.Includes).ResolvedPath);
    }

    [Fact]
    public void Errors_in_an_included_file_carry_its_path()
    {
        var bad = Write("bad.i", "\n%oops;\n");
        var main = Write("main.i", "%include \"bad.i\"\n");
        var diagnostics = new DiagnosticBag();
        InterfaceParser.Parse(main, [], diagnostics);
        Assert.Equal(new SourceLocation(bad, 2, 1), Assert.Single(diagnostics.Items).Location);
    }

    [Fact]
    public void Duplicate_template_names_are_found_across_files()
    {
        var other = Write("other.i", "%template(A) itk::A<float>;\n");
        var main = Write("main.i", "%template(A) itk::A<int>;\n%include \"other.i\"\n");
        var diagnostics = new DiagnosticBag();
        InterfaceParser.Parse(main, [], diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.DuplicateTemplateName, error.Id);
        Assert.Equal(new SourceLocation(other, 1, 1), error.Location);
    }

    [Fact]
    public void A_missing_root_file_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(_root, "absent.i");
        var file = InterfaceParser.Parse(path, [], diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.UnreadableInterfaceFile, error.Id);
        Assert.Equal(path, error.Location.File);
        Assert.Empty(file.SourceFiles);
    }
}
