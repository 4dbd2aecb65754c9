using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// SWIG's %rename and %ignore beyond plain names, applied: signatures, <c>*::</c>, name functions and filters, with
/// SWIG's precedence; each module's C# and shim compile.
/// </summary>
public sealed class RenameRuleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-rename-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ModuleBinding GenerateAndCompile(string header, string directives) =>
        HeaderModule.GenerateAndCompile(_root, "Renamed", "#pragma once\n" + header, directives);

    private static IEnumerable<string> Methods(ModuleBinding module, string cls, string cppName) =>
        module.Classes.Single(c => c.CppName == cls).Methods.Where(m => m.CppName == cppName)
            .Select(m => $"{m.CsName}({string.Join(", ", m.Parameters.Select(p => p.CsDeclaration.Split(' ')[0]))})");

    [Fact]
    public void A_signature_renames_or_ignores_that_overload_only()
    {
        var module = GenerateAndCompile("""
            struct Foo { int bar(int v) { return v; } double bar(double v) { return v; } int baz(int v) { return v; } int baz(float) { return 1; } };
            """, """
            %rename(barInt) Foo::bar(int);
            %ignore Foo::baz(float);
            """);

        Assert.Equal(["barInt(int)", "bar(double)"], Methods(module, "Foo", "bar"));
        Assert.Equal(["baz(int)"], Methods(module, "Foo", "baz"));
    }

    [Fact]
    public void A_wildcard_scope_names_the_member_of_every_class_but_not_a_global_function()
    {
        var module = GenerateAndCompile("""
            struct A { int size() const { return 1; } A & operator=(const A &) { return *this; } };
            namespace ns { struct B { int size() const { return 2; } }; }
            inline int size() { return 3; }
            """, """
            %rename(Size) *::size;
            %ignore *::operator=;
            """);

        Assert.Equal(["Size()"], Methods(module, "A", "size"));
        Assert.Equal(["Size()"], Methods(module, "ns::B", "size"));
        Assert.Equal("size", Assert.Single(module.Functions, f => f.CppName == "size").CsName);
        // Ignored, not reported as an operator without a C# counterpart.
        Assert.DoesNotContain(module.Classes.Single(c => c.CppName == "A").Skipped, s => s.Member.Contains("operator=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_more_specific_rule_wins_and_a_later_one_wins_a_tie()
    {
        var module = GenerateAndCompile("""
            struct Spam { void foo(int) {} void foo(double) {} void m() {} void g() {} void tie() {} };
            struct Other { void m() {} void g() {} };
            inline void g() {}
            """, """
            %ignore Spam::foo;
            %rename(fooInt) Spam::foo(int);
            %rename(anyM) *::m;
            %rename(spamM) Spam::m;
            %rename(everyG) g;
            %rename(first) Spam::tie;
            %rename(second) Spam::tie;
            """);

        // Spam::foo(int) is more specific than Spam::foo; Spam::m than *::m; a bare name reaches members and globals.
        Assert.Equal(["fooInt(int)"], Methods(module, "Spam", "foo"));
        Assert.Equal(["spamM()"], Methods(module, "Spam", "m"));
        Assert.Equal(["anyM()"], Methods(module, "Other", "m"));
        Assert.Equal(["everyG()"], Methods(module, "Other", "g"));
        Assert.Equal("everyG", Assert.Single(module.Functions, f => f.CppName == "g").CsName);
        Assert.Equal(["second()"], Methods(module, "Spam", "tie"));
    }

    [Fact]
    public void A_member_rule_reaches_the_members_of_that_name_in_derived_classes()
    {
        var module = GenerateAndCompile("""
            struct Base { virtual ~Base() {} virtual int run() { return 1; } };
            struct Derived : Base { int run() override { return 2; } int run(int v) { return v; } };
            """, "%rename(Go) Base::run;");

        // The override is Base's Go() in C#; the overload Derived adds is named by Base's rule too.
        Assert.Equal(["Go()"], Methods(module, "Base", "run"));
        Assert.Equal(["Go(int)"], Methods(module, "Derived", "run"));
    }

    [Fact]
    public void Name_functions_and_filters_rename_each_kind_of_declaration()
    {
        var module = GenerateAndCompile("""
            enum Colour { Colour_Red, Colour_Green };
            struct wx_widget_box { int get_value() const { return 1; } int item_count; static int total_count; };
            inline int make_box() { return 0; }
            """, """
            %rename("%(lowercamelcase)s", %$isfunction, %$not %$ismember) "";
            %rename("%(camelcase)s", %$isfunction, %$ismember) "";
            %rename("%(uppercase)s", %$isvariable, %$not %$isstatic) "";
            %rename("%(strip:[wx_])s", %$isclass) "";
            %rename("%(regex:/^[A-Z][a-z]+_(.*)/\\1/)s", %$isenumitem) "";
            %rename("C_%s", %$isenum) "";
            """);

        var proxy = module.Classes.Single(c => c.CppName == "wx_widget_box");
        Assert.Equal("widget_box", proxy.CsName);
        Assert.Equal(["GetValue()"], Methods(module, "wx_widget_box", "get_value"));
        Assert.Contains(proxy.Properties, p => p.Name == "ITEM_COUNT");
        Assert.Contains(proxy.Properties, p => p.Name == "total_count");
        Assert.Equal("makeBox", Assert.Single(module.Functions, f => f.CppName == "make_box").CsName);
        var colour = Assert.Single(module.Enums, e => e.CppName == "Colour");
        Assert.Equal("C_Colour", colour.CsName);
        Assert.Equal(["Red", "Green"], colour.Items.Select(i => i.Name));
    }

    [Fact]
    public void A_named_rule_undoes_a_wider_ignore_and_an_ignore_filter_drops_a_kind()
    {
        var module = GenerateAndCompile("""
            struct Keep { Keep() {} Keep(int) {} int value() const { return 1; } int other() const { return 2; } };
            """, """
            %rename("$ignore", %$isfunction) "";
            %rename("%s") Keep::value;
            %ignore Keep::Keep(int);
            """);

        Assert.Equal(["value()"], Methods(module, "Keep", "value"));
        Assert.Empty(Methods(module, "Keep", "other"));
        Assert.Single(module.Classes.Single(c => c.CppName == "Keep").Constructors);
    }

    [Fact]
    public void A_filter_this_tool_cannot_test_is_refused_at_its_line_and_nothing_is_written()
    {
        File.WriteAllText(Path.Combine(_root, "r.h"), "#pragma once\nstruct R { virtual ~R() {} virtual void f() {} };\n");
        var input = Path.Combine(_root, "r.i");
        File.WriteAllText(input, "%module R\n%include \"r.h\"\n%rename(\"%(upper)s\", %$isvirtual) \"\";\n");
        var outdir = Path.Combine(_root, "cs");

        var stderr = new StringWriter();
        var exit = CommandLine.Run(["-I", _root, "-outdir", outdir, "-o", Path.Combine(_root, "native", "R_wrap.cpp"), input], TextWriter.Null, stderr);

        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.StartsWith($"{input}(3,1): error IBG2017: %rename(\"%(uppercase)s\", match$storage=\"virtual\") \"\"; cannot be applied: the filter match$storage=\"virtual\" is not one this tool tests; use %$isclass",
            stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(outdir));
    }
}
