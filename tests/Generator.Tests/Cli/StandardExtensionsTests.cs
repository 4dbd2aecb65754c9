using ItkBindGen.Cli.Extend;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;
using ItkBindGen.Tests.Compilation;

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
        // Named through the class's typedefs: no argument is split out of the spelling.
        Assert.Contains("pair(const std::pair<int, std::pair<int, std::string>>::first_type & first, const std::pair<int, std::pair<int, std::string>>::second_type & second)", nested.Members.Text, StringComparison.Ordinal);
        // On one line: a C++ error in a member is reported at the %template's line.
        Assert.DoesNotContain('\n', nested.Members.Text);
    }

    [Fact]
    public void A_pair_the_file_extends_itself_keeps_its_own_members_alone()
    {
        var file = Parse("%include <std_pair.i>\n%template(IntPair) std::pair<int, int>;\n%extend std::pair<int, int> {\n  int sum() const { return $self->first + $self->second; }\n}\n");
        var own = Assert.Single(file.Extends).Members.Text;
        Assert.Contains("int sum() const", own, StringComparison.Ordinal);
        Assert.DoesNotContain("pair()", own, StringComparison.Ordinal);
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
        Assert.Contains("std::vector<std::map<std::string, double>::key_type> Keys() const { return itkbindgen_std_map::keys(*$self); }", areas, StringComparison.Ordinal);
        Assert.Contains("std::map<std::string, double>::mapped_type Get(const std::map<std::string, double>::key_type & key) const { return $self->at(key); }", areas, StringComparison.Ordinal);
        Assert.Contains("bool ContainsKey(const std::map<int, int, std::greater<int>>::key_type & key) const", file.Extends[1].Members.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Const_pointer_and_no_default_arguments_compile()
    {
        // Spelled through the class's typedefs: const const int, const Holder * & and a pointer key are not written.
        var root = Directory.CreateTempSubdirectory("ibg-std-extensions-").FullName;
        try
        {
            var (module, _) = HeaderModule.CompileInterface(root, "Std", """
                %module Std
                %include <std_pair.i>
                %include <std_map.i>
                %inline %{
                struct Holder { explicit Holder(int v) : value(v) {} int value; };
                %}
                %template(ConstPair) std::pair<const int, int>;
                %template(HolderPair) std::pair<int, Holder *>;
                %template(HolderMap) std::map<int, Holder *>;
                %template(ByHolder) std::map<Holder *, int>;
                %template(Held) std::map<int, Holder>;
                """);
            Assert.Contains(module.Classes, c => c.CsName == "Held" && c.Indexer is not null);
            Assert.Contains(module.Classes, c => c.CsName == "ConstPair" && c.Constructors.Count == 3);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
