using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>Explicit specializations and explicit instantiations written in a header are not plain classes to wrap.</summary>
public sealed class SpecializationTests
{
    private const string Base = "namespace base { class Object { public: virtual ~Object(); void Register(); }; }\n";

    private const string Templates = """
        namespace sp {
        template <int N> class Foo;
        template <> class Foo<0> { public: static int Get(); enum Kind { A, B }; typedef int Value; static const int Size = 3; };
        template <> class Foo<1> : public base::Object { public: static int Get(); };
        template <> class Foo<2>;
        template <typename T> class Bar : public base::Object { public: T Value() const; typedef T ValueType; enum Mode { M }; };
        }

        """;

    private static (CppCompilation Compilation, CppNamespace Sp) Parse(string body, params string[] instantiations)
    {
        var header = ParsingTestSupport.WriteTempHeader("spec.h", "#pragma once\n" + Base + Templates + body);
        var (compilation, diagnostics) = ParsingTestSupport.Parse(header, instantiations);
        Assert.False(diagnostics.HasErrors, ParsingTestSupport.Describe(diagnostics));
        return (compilation, Assert.Single(compilation.GlobalNamespace.Namespaces, n => n.Name == "sp"));
    }

    [Fact]
    public void Explicit_specializations_are_kept_apart_from_the_classes_with_their_own_members()
    {
        var (compilation, sp) = Parse(string.Empty);
        Assert.Equal(["sp::Foo", "sp::Bar"], sp.Classes.Select(c => c.FullName));
        Assert.DoesNotContain(compilation.AllClasses(), c => c.SpecializationKind != CppSpecializationKind.None);
        Assert.Equal(["sp::Foo<0>", "sp::Foo<1>"], sp.Specializations.Select(c => c.FullName));
        Assert.All(sp.Specializations, c => Assert.True(c.IsExplicitSpecialization));
        Assert.All(sp.Specializations, c => Assert.Equal("sp::Foo", c.TemplateName));

        var zero = sp.Specializations[0];
        Assert.Equal(["Get"], zero.Functions.Select(f => f.Name));
        Assert.Equal(["Kind"], zero.Enums.Select(e => e.Name));
        Assert.Equal(["Value"], zero.Typedefs.Select(t => t.Name));
        Assert.Equal(["Size"], zero.Fields.Select(f => f.Name));
        Assert.Equal(["sp::Foo<1>", "base::Object"], ParsingTestSupport.BaseChain(sp.Specializations[1]));
    }

    [Theory]
    [InlineData("extern template class Bar<double>;\ntemplate class Bar<float>;\nclass Derived : public Bar<double> { public: void Run(); };\n")]
    [InlineData("class Derived : public Bar<double> { public: void Run(); };\nextern template class Bar<double>;\ntemplate class Bar<float>;\n")]
    public void Explicit_instantiations_are_resolved_with_their_bases_whatever_the_order(string body)
    {
        var (compilation, sp) = Parse("namespace sp {\n" + body + "}\n");
        Assert.Equal(["sp::Foo", "sp::Bar", "sp::Derived"], sp.Classes.Select(c => c.FullName));
        var bar = Assert.Single(sp.Specializations, c => c.FullName == "sp::Bar<double>");
        Assert.Equal(CppSpecializationKind.ExplicitInstantiation, bar.SpecializationKind);
        Assert.Equal(CppSpecializationKind.ExplicitInstantiation, Assert.Single(sp.Specializations, c => c.FullName == "sp::Bar<float>").SpecializationKind);
        Assert.Equal(["sp::Bar<double>", "base::Object"], ParsingTestSupport.BaseChain(bar));
        Assert.Equal("double Value() const", Assert.Single(bar.Functions).ToString());
        Assert.Equal(["Mode"], bar.Enums.Select(e => e.Name));
        Assert.Equal(["sp::Derived", "sp::Bar<double>", "base::Object"], ParsingTestSupport.BaseChain(Assert.Single(sp.Classes, c => c.Name == "Derived")));
        Assert.Same(bar, compilation.FindClass("sp::Bar<double>"));
    }

    [Fact]
    public void A_requested_explicit_specialization_is_the_one_the_header_wrote()
    {
        var (compilation, sp) = Parse(string.Empty, "sp::Foo<1>", "sp::Bar<int>");
        var one = compilation.Instantiations["sp::Foo<1>"];
        Assert.Same(Assert.Single(sp.Specializations, c => c.FullName == "sp::Foo<1>"), one);
        Assert.Equal(["Get"], one.Functions.Select(f => f.Name));
        var implicitly = compilation.Instantiations["sp::Bar<int>"];
        Assert.Equal(CppSpecializationKind.Implicit, implicitly.SpecializationKind);
        Assert.Equal(["sp::Bar<int>", "base::Object"], ParsingTestSupport.BaseChain(implicitly));
    }
}
