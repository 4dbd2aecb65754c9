using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>Member function templates are listed as declared, for classes, class templates and instantiations.</summary>
public sealed class FunctionTemplateTests
{
    private const string Header = """
        #pragma once
        namespace mt {
        class Plain
        {
        public:
          /** Scales a value. */
          template <typename T> T Scale(T value, double factor = 2.0) const;
          template <typename T> static Plain From(const T & t);
          template <class T> Plain(T t);
          template <class T> operator T() const;
          int Count() const;
        protected:
          template <typename T> void Hidden(T);
        };
        template <typename T, unsigned D>
        class Grid
        {
        public:
          typedef T ValueType;
          template <typename U> U Sum(const Grid<U, D> & other) const;
          template <typename U, unsigned E = D> static void Fill(U value);
        };
        }
        """;

    private static readonly Lazy<CppCompilation> Parsed = new(() =>
    {
        var (compilation, diagnostics) = ParsingTestSupport.Parse(ParsingTestSupport.WriteTempHeader("mt.h", Header), "mt::Grid<float, 2>");
        Assert.False(diagnostics.HasErrors, ParsingTestSupport.Describe(diagnostics));
        return compilation;
    });

    [Fact]
    public void A_plain_class_lists_its_public_member_templates_as_written()
    {
        var plain = Parsed.Value.FindClass("mt::Plain")!;
        Assert.Equal(
            ["template <typename T> T Scale(T value, double factor = 2.0) const",
             "template <typename T> static Plain From(const T & t)",
             "template <typename T> Plain(T t)",
             "template <typename T> operator T() const"],
            plain.FunctionTemplates.Select(f => f.ToString()));
        var scale = plain.FunctionTemplates[0];
        Assert.Equal("mt::Plain", scale.DeclaringClassName);
        Assert.Contains("Scales a value", scale.Comment);
        Assert.Equal(7, scale.Location.Line);
        Assert.True(plain.FunctionTemplates[1].IsStatic);
        Assert.True(plain.FunctionTemplates[2].IsConstructor);
        Assert.True(plain.FunctionTemplates[3].Flags.HasFlag(CppFunctionFlags.Conversion));
        Assert.Equal(["Count"], plain.Functions.Select(f => f.Name));
    }

    [Fact]
    public void A_class_template_and_its_instantiation_list_the_templates_of_the_pattern()
    {
        var grid = Assert.Single(Parsed.Value.AllClasses(), c => c.FullName == "mt::Grid");
        Assert.Equal(["Sum", "Fill"], grid.FunctionTemplates.Select(f => f.Name));
        var instance = Parsed.Value.Instantiations["mt::Grid<float, 2>"];
        Assert.Equal(
            ["template <typename U> U Sum(const Grid<U, D> & other) const", "template <typename U, unsigned int E = D> static void Fill(U value)"],
            instance.FunctionTemplates.Select(f => f.ToString()));
        Assert.All(instance.FunctionTemplates, f => Assert.Equal("mt::Grid<float, 2>", f.DeclaringClassName));
        Assert.Equal(["U", "E"], instance.FunctionTemplates[1].TemplateParameters.Select(p => p.Name));
        Assert.Equal("D", instance.FunctionTemplates[1].TemplateParameters[1].DefaultValue);
    }
}
