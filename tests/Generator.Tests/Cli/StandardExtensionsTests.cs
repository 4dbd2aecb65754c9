using ItkBindGen.Cli.Extend;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Cli;

/// <summary>
/// std_pair.i's constructors and std_map.i's members: an %extend of each std::pair and std::map instantiation of a file
/// that includes the library file, at the %template's line.
/// </summary>
public sealed class StandardExtensionsTests
{
    private static InterfaceFile Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.ParseText(text, "pairs.i", [], diagnostics);
        Assert.Empty(diagnostics.Items);
        StandardExtensions.Add(file);
        return file;
    }

    [Fact]
    public void Each_pair_instantiation_gets_the_constructors_std_pair_i_declares()
    {
        var file = Parse("%include <std_pair.i>\n%include <std_string.i>\n%template(IntPair) std::pair<int, int>;\n%template(Nested) std::pair<int, std::pair<int, std::string>>;\n%template(Ints) std::vector<int>;\n");

        Assert.Equal(["std::pair<int, int>", "std::pair<int, std::pair<int, std::string>>"], file.Extends.Select(e => e.ClassName));
        var nested = file.Extends[1];
        Assert.Equal((4, 1), (nested.Location.Line, nested.Location.Column));
        Assert.Contains("pair() { return itkbindgen_std_pair::make_empty<std::pair<int, std::pair<int, std::string>>>(); }", nested.Members.Text, StringComparison.Ordinal);
        // The second argument's own comma is no argument separator.
        Assert.Contains("pair(const int & first, const std::pair<int, std::string> & second)", nested.Members.Text, StringComparison.Ordinal);
        // On one line: a C++ error in a member is reported at the %template's line.
        Assert.DoesNotContain('\n', nested.Members.Text);
    }

    [Fact]
    public void Without_std_pair_i_a_pair_gets_no_constructors()
    {
        // Its helper is defined there; the class is still wrapped (copyable, with first and second).
        var file = Parse("%{\n#include <utility>\n%}\n%template(IntPair) std::pair<int, int>;\n");
        Assert.Empty(file.Extends);
    }

    [Fact]
    public void Each_map_instantiation_gets_the_members_std_map_i_gives_it()
    {
        var file = Parse("%include <std_map.i>\n%include <std_string.i>\n%template(Areas) std::map<std::string, double>;\n%template(Ordered) std::map<int, int, std::greater<int>>;\n");

        Assert.Equal(["std::map<std::string, double>", "std::map<int, int, std::greater<int>>"], file.Extends.Select(e => e.ClassName));
        var areas = file.Extends[0].Members.Text;
        Assert.Contains("std::vector<std::string> Keys() const { return itkbindgen_std_map::keys(*$self); }", areas, StringComparison.Ordinal);
        Assert.Contains("double Get(const std::string & key) const { return $self->at(key); }", areas, StringComparison.Ordinal);
        Assert.Contains("void Set(const std::string & key, const double & value)", areas, StringComparison.Ordinal);
        // A comparer after the key and value is no part of either.
        Assert.Contains("bool ContainsKey(const int & key) const", file.Extends[1].Members.Text, StringComparison.Ordinal);
    }
}
