using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>Member function templates instantiated on request, as %template(Name) Class::member&lt;Args&gt; asks.</summary>
public sealed class MemberTemplateTests
{
    private const string Header = """
        #pragma once
        namespace geo {
        class Point
        {
        public:
          /** The point scaled. */
          template <typename T> T Scaled(T factor) const;
          template <typename T> static Point From(const T & value, int count = 2);
        };
        template <typename T>
        class Base
        {
        public:
          typedef T ValueType;
          template <typename U> U Get(const ValueType & t, U init = U()) const;
          template <typename U> typename U::value_type Value() const;
          template <typename U> U Value(int which) const;
          template <typename U, int N> void Fill(const U (&values)[N]);
        };
        template <typename T>
        class Derived : public Base<T>
        {
        public:
          void Run();
        };
        template <typename T>
        class Outer
        {
        public:
          template <typename U> class Inner { public: U Item() const; };
          int Size() const;
        };
        }
        """;

    private static (CppCompilation Compilation, DiagnosticBag Diagnostics) Parse(string[] classes, params CppMemberTemplateRequest[] members)
    {
        var header = ParsingTestSupport.WriteTempHeader("geo.h", Header);
        var diagnostics = new DiagnosticBag();
        var requests = classes.Select((c, i) => new CppInstantiationRequest(c, new SourceLocation("geo.i", i + 1, 1)));
        var compilation = CppParser.Parse([header], new CppParserOptions(), requests, members, diagnostics);
        return (compilation, diagnostics);
    }

    private static string Describe(CppCompilation compilation) => string.Join(" | ", compilation.MemberInstantiations.Select(m => m.Function.ToString()));

    [Fact]
    public void A_template_directive_on_a_plain_class_member_instantiates_it()
    {
        var (compilation, diagnostics) = Parse(["geo::Point::Scaled<double>", "geo::Point::From<float>"]);
        Assert.Empty(diagnostics.Items);
        Assert.Empty(compilation.Instantiations);
        Assert.Equal(["double Scaled(double factor) const", "static geo::Point From(const float & value, int count = 2)"],
            compilation.MemberInstantiations.Select(m => m.Function.ToString()));
        var scaled = compilation.MemberInstantiations[0];
        Assert.Same(compilation.FindClass("geo::Point"), scaled.Owner);
        Assert.Equal(["double"], scaled.TemplateArguments);
        Assert.Equal("geo::Point::Scaled<double>", scaled.Request.Spelling);
        Assert.Equal(("geo::Point", "Scaled"), (scaled.Request.ClassSpelling, scaled.Request.Member));
        Assert.Contains("The point scaled", scaled.Function.Comment);
        Assert.Equal("geo::Point", scaled.Function.DeclaringClassName);
        Assert.Equal(CppPrimitiveKind.Double, Assert.IsType<CppPrimitiveType>(scaled.Function.ReturnType).PrimitiveKind);
        Assert.Same(scaled, Assert.Single(compilation.MemberInstantiationsOf("geo::Point::Scaled<double>")));
        Assert.True(compilation.MemberTemplateParseTime > TimeSpan.Zero);
    }

    [Fact]
    public void A_member_template_of_a_base_is_declared_by_that_base_and_resolved_through_its_typedefs()
    {
        var (compilation, diagnostics) = Parse(["geo::Derived<int>::Get<double>"]);
        Assert.Empty(diagnostics.Items);
        var get = Assert.Single(compilation.MemberInstantiations);
        Assert.Equal("geo::Base<int>", get.Owner.FullName);
        Assert.Same(compilation.FindClass("geo::Base<int>"), get.Owner);
        Assert.Equal("double Get(const int & t, double init = double()) const", get.Function.ToString());
        var parameter = Assert.IsType<CppReferenceType>(get.Function.Parameters[0].Type);
        var typedef = Assert.IsType<CppTypedefType>(Assert.IsType<CppQualifiedType>(parameter.Referenced).ElementType);
        Assert.Equal("geo::Base<int>::ValueType", typedef.FullName);
        Assert.Equal("geo::Base<int>", get.Function.DeclaringClassName);
    }

    [Fact]
    public void Overloads_whose_substitution_fails_are_dropped_and_the_others_kept()
    {
        var request = new CppMemberTemplateRequest("geo::Derived<long>", "Value", ["double"], new SourceLocation("geo.i", 7, 1));
        var (compilation, diagnostics) = Parse([], request);
        Assert.Empty(diagnostics.Items);
        var value = Assert.Single(compilation.MemberInstantiations);
        Assert.Equal("double Value(int which) const", value.Function.ToString());
        Assert.Same(request, value.Request);
        Assert.Equal(["geo::Derived<long>::Value<double>"], compilation.MemberTemplateRequests.Select(r => r.Spelling));
    }

    [Fact]
    public void Non_type_arguments_and_array_parameters_are_substituted()
    {
        var (compilation, diagnostics) = Parse(["geo::Base<short>::Fill<float, 3>"]);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("void Fill(const float (&)[3] values)", Describe(compilation));
    }

    [Fact]
    public void A_nested_class_template_stays_a_class_request()
    {
        var (compilation, diagnostics) = Parse(["geo::Outer<int>::Inner<float>"]);
        Assert.Empty(diagnostics.Items);
        Assert.Empty(compilation.MemberInstantiations);
        Assert.Equal("float Item() const", Assert.Single(compilation.Instantiations["geo::Outer<int>::Inner<float>"].Functions).ToString());
        Assert.Equal(TimeSpan.Zero, compilation.MemberTemplateParseTime);
    }

    [Theory]
    [InlineData("geo::Derived<int>::Missing<double>", "IBG1008", "cannot instantiate 'geo::Derived<int>::Missing<double>': no template named 'Missing'")]
    [InlineData("geo::Derived<int>::Get<double, int>", "IBG1010", "no overload of 'geo::Base<int>::Get' takes 2 template argument(s)")]
    [InlineData("geo::Derived<int>::Get<void>", "IBG1011", "no overload accepts these template arguments")]
    public void A_request_that_matches_no_member_template_is_a_located_error(string spelling, string id, string message)
    {
        var (compilation, diagnostics) = Parse([spelling]);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(id, error.Id.ToString());
        Assert.Contains(message, error.Message);
        Assert.Equal(("geo.i", 1), (error.Location.File, error.Location.Line));
        Assert.True(compilation.HasErrors);
        Assert.Empty(compilation.MemberInstantiations);
    }

    [Fact]
    public void A_member_request_on_a_class_without_that_member_template_is_a_located_error()
    {
        var request = new CppMemberTemplateRequest("geo::Point", "Run", ["int"], new SourceLocation("geo.i", 4, 2));
        var (_, diagnostics) = Parse([], request);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("IBG1010", error.Id.ToString());
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("'geo::Point' has no public member template named 'Run'", error.Message);
    }
}
