using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// Plain C++ classes bound as they are (tests/PlainCpp.Tests/Geometry.i over a library with no ITK in it): what each
/// class becomes, and that the C# and the shim compile with warnings as errors. PlainCpp.Tests calls every member.
/// </summary>
public sealed class PlainClassTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "PlainCpp.Tests");

    private static readonly Lazy<(ModuleBinding Module, IReadOnlyList<GeneratedFile> Files, DiagnosticBag Diagnostics)> Geometry = new(Generate);

    private static ClassBinding Class(string name) => Geometry.Value.Module.Classes.Single(c => c.CsName == name);

    [Fact]
    public void Each_class_gets_the_proxy_its_kind_needs()
    {
        Assert.Equal(ProxyKind.Value, Class("Point").Kind);
        Assert.Equal(ProxyKind.Value, Class("Shape").Kind);
        Assert.Equal("Shape", Class("Circle").BaseClass?.CsName);
        Assert.Equal(ProxyKind.StaticOnly, Class("Stats").Kind);
        Assert.Equal(ProxyKind.StaticOnly, Class("ShapeFactory").Kind);
        // An abstract class has no constructor; the others one per C++ constructor, the copy constructor included.
        Assert.Empty(Class("Shape").Constructors);
        Assert.Equal(["", "double x, double y", "Point other"], Class("Point").Constructors.Select(c => c.CsParameterList));
        Assert.Equal(["BoxD", "BoxI"], Geometry.Value.Module.Classes.Where(c => c.CppName.StartsWith("geo::Box<", StringComparison.Ordinal)).Select(c => c.CsName));
    }

    [Fact]
    public void Fields_operators_and_the_indexer_have_their_csharp_counterparts()
    {
        var point = Class("Point");
        Assert.Equal(["x", "y", "Dimension", "Tolerance"], point.Properties.Select(p => p.Name));
        Assert.Null(point.Properties.Single(p => p.Name == "Dimension").Setter);
        Assert.True(point.Properties.Single(p => p.Name == "Tolerance").Getter.IsStatic);
        Assert.Equal(["+", "-", "*", "-"], point.Operators.Select(o => o.Symbol));
        Assert.Contains(point.Methods, m => m.CsName == "IsEqualTo");
        Assert.NotNull(point.Indexer?.Setter);
        Assert.Equal("double", point.Indexer!.CsType);
    }

    [Fact]
    public void Ownership_follows_how_cpp_returns_objects()
    {
        var factory = Class("ShapeFactory");
        // %newobject: the proxy owns and deletes it; Larger hands back an argument, which the caller already owns.
        Assert.Contains("new NativeObjectHandle(", string.Concat(factory.Methods.Single(m => m.CsName == "NewCircle").Return.CsReturn), StringComparison.Ordinal);
        Assert.Contains("NativeObjectHandle.Borrow(", string.Concat(factory.Methods.Single(m => m.CsName == "Larger").Return.CsReturn), StringComparison.Ordinal);
        var shape = Class("Shape");
        Assert.Contains("NativeObjectHandle.Borrow(", string.Concat(shape.Methods.Single(m => m.CsName == "MutableCenter").Return.CsReturn), StringComparison.Ordinal);
        Assert.Contains("Point.ReleaseFunction", string.Concat(shape.Methods.Single(m => m.CsName == "CenterRef").Return.CsReturn), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_member_not_wrapped_is_in_the_report_with_its_reason()
    {
        var skipped = Class("Point").Skipped;
        Assert.Contains(skipped, s => s.Member.Contains("operator=", StringComparison.Ordinal) && s.Id == DiagnosticIds.NotWrappedByDesign);
        Assert.DoesNotContain(Geometry.Value.Diagnostics.Items, d => d.Severity == Severity.Warning && d.Id != DiagnosticIds.NotWrappedByDesign);
    }

    [Fact]
    public void The_csharp_and_the_shim_compile()
    {
        var errors = GeneratedCode.CSharpErrors(Geometry.Value.Files);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Null(GeneratedCode.CppErrors(Geometry.Value.Files, Path.Combine(Folder, "native")));
    }

    private static (ModuleBinding, IReadOnlyList<GeneratedFile>, DiagnosticBag) Generate()
    {
        var output = Path.Combine(Path.GetTempPath(), "itkbindgen-geometry");
        var settings = new GenerateSettings
        {
            InterfaceFiles = [Path.Combine(Folder, "Geometry.i")],
            Headers = [],
            Threads = true,
            OutputDirectory = Path.Combine(output, "cs"),
            ShimPath = Path.Combine(output, "native", "Geometry_wrap.cpp"),
            // The interface file carries code, so libclang reads its %{ %} block, whose #include is in native/.
            IncludeDirs = [Path.Combine(RepositoryPaths.Root, "native", "include"), Path.Combine(Folder, "native")],
        };
        var diagnostics = new DiagnosticBag();
        var module = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var files = new BindingEmitter(new TemplateSet(), diagnostics).Emit(module!, settings.OutputDirectory, settings.ShimPath);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (module!, files, diagnostics);
    }
}
