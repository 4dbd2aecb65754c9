using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Tests.Interface;

/// <summary>The directives of SWIG interface files beyond the original subset, each read into its typed record.</summary>
public sealed class SwigDirectiveTests
{
    private const string File = "d.i";

    private static InterfaceFile ParseClean(string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.ParseText(text, File, diagnostics);
        Assert.Empty(diagnostics.Items);
        return file;
    }

    private static SourceLocation At(int line, int column) => new(File, line, column);

    [Fact]
    public void Module_options_are_typed_and_a_quoted_name_is_accepted()
    {
        var file = ParseClean("%module(directors=\"1\", threads=\"1\", allprotected=\"1\", package=\"org.x\", docstring=\"Doc.\") \"mymodule\"");
        Assert.Equal("mymodule", file.ModuleName);
        var options = file.ModuleOptions;
        Assert.True(options.Directors && options.Threads && options.ProtectedMembers);
        Assert.Equal("Doc.", options.DocString);
        Assert.Equal(["package"], options.OtherLanguages);
        Assert.Equal(At(1, 1), options.Location);
    }

    [Fact]
    public void The_module_of_an_included_file_is_ignored_as_in_swig()
    {
        using var folder = new TemporaryFolder();
        folder.Write("inner.i", "%module inner\n%ignore fromInner;\n");
        var path = folder.Write("outer.i", "%module outer\n%include \"inner.i\"\n");
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.Parse(path, [], diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("outer", file.ModuleName);
        Assert.Equal("fromInner", Assert.Single(file.Ignores).Target);
    }

    [Fact]
    public void Rename_and_ignore_of_a_signature_are_directives_and_wildcards_or_templates_are_rules()
    {
        var file = ParseClean("""
            %rename(barInt) Foo::bar(int);
            %ignore Foo::bar(int, double) const;
            %ignore *::operator=;
            %rename(rtest) Natural<int>::test;
            %rename(add) operator+(const Vec &, const Vec &);
            %rename(toInt) Bar<One>::operator int&();
            %rename(plain) Foo::baz;
            """);
        Assert.Equal(
            [
                "%rename(\"$ignore\") *::operator=;",
                "%rename(rtest) Natural<int>::test;",
                "%rename(toInt) Bar<One>::operator int&();",
            ],
            file.RenameRules.Select(r => r.ToString()));
        Assert.True(file.RenameRules[0].Target!.AnyScope);
        // A signature is what the binder's directive index matches: one overload, const included.
        Assert.Equal(
            [
                new RenameDirective("barInt", "Foo::bar(int)", At(1, 1)),
                new RenameDirective("add", "operator+(const Vec&, const Vec&)", At(5, 1)),
                new RenameDirective("plain", "Foo::baz", At(7, 1)),
            ],
            file.Renames);
        Assert.Equal("Foo::bar(int, double) const", Assert.Single(file.Ignores).Target);
    }

    [Theory]
    [InlineData("%(lowercamelcase)s", NameFunction.LowerCamelCase, null, null)]
    [InlineData("%(camelcase)s", NameFunction.UpperCamelCase, null, null)]
    [InlineData("%(title)s", NameFunction.Title, null, null)]
    [InlineData("%(strip:[wx])s", NameFunction.Strip, "wx", null)]
    [InlineData("%(regex:/^Set(.*)/Put\\\\1/)s", NameFunction.Regex, "^Set(.*)", "Put\\1")]
    public void Rename_takes_swigs_name_functions(string written, NameFunction function, string? argument, string? replacement)
    {
        var file = ParseClean($"%rename(\"{written}\") \"\";");
        var rule = Assert.Single(file.RenameRules);
        Assert.Equal(new RenameAction.Computed(function, argument, replacement), rule.Action);
        Assert.Null(rule.Target);
    }

    [Fact]
    public void Rename_filters_and_options_are_kept()
    {
        var file = ParseClean("""%rename("%(uppercase)s", %$isenumitem, notmatch$name="Keep", regextarget=1, fullname=1) "Space::.*";""");
        var rule = Assert.Single(file.RenameRules);
        Assert.Equal([new RenameFilter("nodeType", "enumitem", false), new RenameFilter("name", "Keep", true)], rule.Filters);
        Assert.True(rule.RegexTarget && rule.FullName);
        Assert.Equal("Space::.*", rule.Target!.Name);
        Assert.True(rule.Target.Quoted);
    }

    [Fact]
    public void Per_declaration_switches_have_records()
    {
        var file = ParseClean("""
            %newobject Factory::create;
            %immutable;
            %immutable Foo::x;
            %mutable;
            %nodefaultctor Foo;
            %copyctor;
            %nodefaultdtor Bar;
            """);
        Assert.Equal(new NewObjectDirective(DeclarationTarget.Plain("Factory::create"), true, At(1, 1)), Assert.Single(file.NewObjects));
        Assert.Equal([null, DeclarationTarget.Plain("Foo::x"), null], file.Immutables.Select(i => i.Target));
        Assert.Equal([true, true, false], file.Immutables.Select(i => i.Immutable));
        Assert.Equal(
            [(ClassFeature.NoDefaultConstructor, "Foo"), (ClassFeature.CopyConstructor, (string?)null), (ClassFeature.NoDefaultDestructor, "Bar")],
            file.ClassFeatures.Select(c => (c.Feature, c.Target?.Name)));
    }

    [Fact]
    public void Inline_code_is_kept_for_the_shim_and_for_wrapping()
    {
        var file = ParseClean("%module M\n%inline %{\nint add(int a, int b) { return a + b; }\n%}\n%inline {\n  struct P { int x; };\n}\n");
        var blocks = file.InlineCode.ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal("\nint add(int a, int b) { return a + b; }\n", blocks[0].Text);
        Assert.Equal(At(2, 11), blocks[0].TextLocation);
        Assert.Equal("struct P { int x; };", blocks[1].Text);
        Assert.Equal(At(6, 3), blocks[1].TextLocation);
    }

    [Fact]
    public void Declarations_in_the_file_keep_their_lines_and_directives_in_a_class_are_scoped_to_it()
    {
        var file = ParseClean("""
            %module M
            namespace ns {
            class Foo {
            public:
              %rename(Other) bar;
              int bar(int);
              %extend { int twice() { return 2 * $self->bar(1); } }
            };
            }
            """);
        var code = Assert.Single(file.Declarations);
        Assert.Equal(At(2, 1), code.Location);
        Assert.Equal(5, code.Text.Split('\n').Length - 3);
        Assert.Contains("  int bar(int);", code.Text.Split('\n')[4]);
        Assert.Equal(new RenameDirective("Other", "ns::Foo::bar", At(5, 3)), Assert.Single(file.Renames));
        var extend = Assert.Single(file.Extends);
        Assert.Equal("ns::Foo", extend.ClassName);
        Assert.Equal("int twice() { return 2 * $self->bar(1); }", extend.Members.Text);
    }

    [Fact]
    public void Extend_exception_constant_and_sections_are_read()
    {
        var file = ParseClean("""
            %extend ns::Foo {
              int twice() { return 2; }
            };
            %exception ns::Foo::bar %{
              try { $action } catch (...) { throw; }
            %}
            %exception;
            %constant int ANSWER = 6 * 7;
            %constant NAME = "text";
            %begin %{ // first %}
            %insert("runtime") %{ // second %}
            %wrapper %{ // last %}
            """);
        Assert.Equal("ns::Foo", Assert.Single(file.Extends).ClassName);
        Assert.Equal(["ns::Foo::bar", null], file.Exceptions.Select(e => e.Target?.Name));
        Assert.Null(file.Exceptions[1].Handler);
        Assert.Equal([("ANSWER", "int", "6*7"), ("NAME", null, "\"text\"")], file.Constants.Select(c => (c.Name, c.CppType, c.Value)));
        Assert.Equal([ShimSection.Begin, ShimSection.Runtime, ShimSection.Wrapper], file.VerbatimBlocks.Select(b => b.Section));
    }

    [Fact]
    public void Warnfilter_keeps_swigs_numbers_and_maps_those_that_match_ours()
    {
        var file = ParseClean("%warnfilter(SWIGWARN_RUBY_WRONG_NAME, 325) Outer::Inner;\n%warnfilter(362);\n");
        Assert.Equal(["SWIGWARN_RUBY_WRONG_NAME", "325"], file.WarningFilters[0].Warnings);
        Assert.Equal([DiagnosticIds.ClassNotWrapped], file.WarningFilters[0].Mapped);
        Assert.Equal("Outer::Inner", file.WarningFilters[0].Target!.Name);
        Assert.Equal([DiagnosticIds.MemberNotWrapped], file.WarningFilters[1].Mapped);
    }

    [Fact]
    public void Feature_directives_become_features_and_global_or_bodied_ones_rules()
    {
        var file = ParseClean("""
            %director Foo;
            %nodirector Foo::bar;
            %nspace Space::Thing;
            %csmethodmodifiers Foo::bar "public new";
            %feature("except") %{ body %}
            %feature("kwargs", "1", keywords="x");
            """);
        Assert.Equal([("director", "Foo"), ("nodirector", "Foo::bar"), ("nspace", "Space::Thing"), ("cs:methodmodifiers", "Foo::bar")],
            file.Features.Select(f => (f.Name, f.Target)));
        Assert.Equal("public new", file.Features[3].Value);
        Assert.Equal([("except", " body "), ("kwargs", "1")], file.FeatureRules.Select(f => (f.Name, f.Value)));
        Assert.Equal("keywords", Assert.Single(file.FeatureRules[1].Attributes).Key);
    }

    [Fact]
    public void Typemaps_that_are_taken_are_typed_and_apply_takes_types_and_single_values()
    {
        var file = ParseClean("""
            %typemap(cscode) Foo %{ public int Extra => 1; %}
            %typemap(csimports) Foo "using System.Text;"
            %apply int *OUTPUT { int *result, int *other };
            %apply int &OUTPUT { int &out };
            %apply const std::string & { std::string & };
            %clear int *other;
            """);
        Assert.Equal([("cscode", TypemapUse.ProxyText), ("csimports", TypemapUse.ProxyText)], file.Typemaps.Select(t => (t.Method, t.Use)));
        Assert.Equal(" public int Extra => 1; ", file.Typemaps[0].Code!.Text);
        Assert.Equal([new ApplyTarget("int*", "result")], file.TypeApplies[0].Targets);
        Assert.Equal(new ApplyTarget("int*", "OUTPUT"), file.TypeApplies[0].Pattern);
        Assert.Equal(ApplyMode.OutReference, Assert.Single(file.Applies).Mode);
        Assert.Equal(new ApplyTarget("const std::string&", null), file.TypeApplies[1].Pattern);
    }

    [Fact]
    public void A_full_set_of_csharp_typemaps_makes_a_custom_type()
    {
        var methods = new[] { "ctype", "imtype", "cstype", "in", "out", "csin", "csout" };
        var file = ParseClean(string.Concat(methods.Select(m => $"%typemap({m}) Money \"{m}\"\n")));
        Assert.Equal(methods, file.Typemaps.Select(t => t.Method));
        Assert.All(file.Typemaps, t => Assert.Equal(TypemapUse.CustomType, t.Use));
    }

    [Fact]
    public void A_bad_directive_is_skipped_to_the_end_of_its_block()
    {
        var diagnostics = new DiagnosticBag();
        var file = InterfaceParser.ParseText("""
            %typemap(argout) int {
              if (x) { $1 = 1; }
              else { $1 = 2; }
            }
            %frobnicate(1) { if (a) { b; } }
            %ignore kept;
            """, File, diagnostics);
        Assert.Equal(["d.i(1,1): error IBG2017", "d.i(5,1): error IBG2001"], diagnostics.Items.Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf(':') + 1)]));
        Assert.Equal("kept", Assert.Single(file.Ignores).Target);
        Assert.Empty(file.Declarations);
    }

    [Fact]
    public void Every_new_kind_prints_as_text_that_parses_back_to_the_same_model()
    {
        const string text = """
            %module(directors="1", threads="1") M
            %inline %{ int f(); %}
            %template() Base<int>;
            %rename(barInt) Foo::bar(int) const;
            %rename("%(lowercamelcase)s", match="cdecl") "";
            %feature("except") Foo::bar %{ code %}
            %apply int *OUTPUT { int* result };
            %newobject Foo::make;
            %immutable;
            %nodefaultctor Foo;
            %extend Foo { int g(); }
            %exception %{ handler %}
            %constant int X = 1;
            %warnfilter(401) Foo;
            %pragma(csharp) modulecode=%{ code %}
            %typemap(cscode) Foo %{ code %}
            struct Foo { int bar(int) const; };
            """;
        var file = ParseClean(text);
        var printed = file.ToString();
        Assert.Equal(printed, ParseClean(printed).ToString());
        Assert.Equal(text.Split('\n').Length, printed.TrimEnd('\n').Split('\n').Length);
    }
}
