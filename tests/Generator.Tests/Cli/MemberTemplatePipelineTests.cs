using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Tests.Cli;

/// <summary>%template of a member function template: served by the parser, handed to the binder as its own kind of directive.</summary>
public sealed class MemberTemplatePipelineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-member-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private GenerateSettings Settings(string interfaceFile, string module) => new()
    {
        InterfaceFiles = [interfaceFile],
        Headers = [],
        OutputDirectory = Path.Combine(_root, "cs"),
        ShimPath = Path.Combine(_root, "native", $"{module}_wrap.cpp"),
        IncludeDirs = [_root],
        Verbose = true,
    };

    [Fact]
    public void Member_template_directives_are_kept_apart_from_class_instantiations_in_the_module_and_its_imports()
    {
        Write("geo.h", """
            #pragma once
            namespace geo {
            class Point { public: template <typename T> T Scaled(T factor) const; template <typename T> T Scaled(T x, T y) const; };
            template <typename T> struct Box { T Width() const; };
            }
            """);
        Write("other.i", "%module Other\n%include \"geo.h\"\n%template(ScaledF) geo::Point::Scaled<float>;\n");
        var main = Write("main.i", """
            %module Main
            %import "other.i"
            %template(BoxI) geo::Box<int>;
            %template(ScaledD) geo::Point::Scaled<double>;
            """);
        var settings = Settings(main, "Main");
        var diagnostics = new DiagnosticBag();
        var log = new StringWriter();
        var prepared = GenerationPipeline.Prepare(settings, diagnostics, log, []);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var (request, compilation) = prepared!.Value;

        Assert.Equal(["BoxI"], request.Templates.Select(t => t.Name));
        var scaled = Assert.Single(request.MemberTemplates);
        Assert.Equal("ScaledD", scaled.Directive.Name);
        Assert.Equal(["double Scaled(double factor) const", "double Scaled(double x, double y) const"], scaled.Instantiations.Select(m => m.Function.ToString()));
        Assert.All(scaled.Instantiations, m => Assert.Equal(scaled.Directive.Location, m.Request.Location));

        var other = Assert.Single(request.Imports);
        Assert.Empty(other.Templates);
        Assert.Equal(["float Scaled(float factor) const", "float Scaled(float x, float y) const"],
            Assert.Single(other.MemberTemplates).Instantiations.Select(m => m.Function.ToString()));
        Assert.Contains("4 member template overloads for 2 %template directives, second parse in", log.ToString());
        Assert.True(compilation.MemberTemplateParseTime > TimeSpan.Zero);

        // The binder takes the request as it is: no directive is reported as a class that was not instantiated.
        diagnostics = new DiagnosticBag();
        Assert.NotNull(GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null));
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_module_without_member_templates_is_parsed_once()
    {
        Write("box.h", "#pragma once\nnamespace geo { template <typename T> struct Box { T Width() const; }; }\n");
        var main = Write("box.i", "%module Boxes\n%include \"box.h\"\n%template(BoxI) geo::Box<int>;\n");
        var diagnostics = new DiagnosticBag();
        var log = new StringWriter();
        var (request, compilation) = GenerationPipeline.Prepare(Settings(main, "Boxes"), diagnostics, log, [])!.Value;
        Assert.Equal(["BoxI"], request.Templates.Select(t => t.Name));
        Assert.Empty(request.MemberTemplates);
        Assert.Equal(TimeSpan.Zero, compilation.MemberTemplateParseTime);
        Assert.DoesNotContain("second parse", log.ToString());
    }
}
