using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Tests.Parsing;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// No member goes missing in silence: every public member function, operator, member template and field libclang lists
/// for a class is either wrapped by its proxy (or the wrapped base's) or in the report with a reason.
/// </summary>
public sealed class EveryMemberAccountedTests : IDisposable
{
    private static readonly LibclangMemberKind[] Kinds =
    [
        LibclangMemberKind.Method, LibclangMemberKind.StaticMethod, LibclangMemberKind.Operator,
        LibclangMemberKind.FunctionTemplate, LibclangMemberKind.Field, LibclangMemberKind.StaticField,
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("ibg-accounted-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("geo::Point")]
    [InlineData("geo::Circle")]
    [InlineData("geo::Box<double>")]
    public void A_plain_class_wraps_or_reports_each_member(string cppClass)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "PlainCpp.Tests");
        // The interface file carries code, so libclang reads its %{ %} block, whose #include is in native/.
        var module = Bind(Path.Combine(folder, "Geometry.i"), [Path.Combine(RepositoryPaths.Root, "native", "include"), Path.Combine(folder, "native")]);
        AssertAccounted(module, cppClass, LibclangMembers.Of([Path.Combine(folder, "native", "geometry.h")], [], cppClass));
    }

    [Fact]
    public void The_native_cores_image_wraps_or_reports_each_member()
    {
        var include = Path.Combine(RepositoryPaths.Root, "native", "include");
        var module = Bind(Write("%module Img\n%include \"itkImage.h\"\n%template(ImageF2) itk::Image<float, 2>;\n"), [include]);
        var members = LibclangMembers.Of([Path.Combine(include, "itkImage.h")], [include], "itk::Image<float, 2>");
        AssertAccounted(module, "itk::Image<float, 2>", members);
    }

    [ItkFact]
    public void Real_itks_median_filter_wraps_or_reports_each_member()
    {
        const string Include = ParsingTestSupport.ItkIncludeDir;
        var module = Bind(Write("""
            %module Med
            %include "itkMedianImageFilter.h"
            %template(ImageF3) itk::Image<float, 3>;
            %template(MedianF3) itk::MedianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>;
            """), [Include]);
        var cppClass = "itk::MedianImageFilter<itk::Image<float, 3>, itk::Image<float, 3>>";
        AssertAccounted(module, cppClass, LibclangMembers.Of([Path.Combine(Include, "itkMedianImageFilter.h")], [Include], cppClass));
        AssertAccounted(module, "itk::Image<float, 3>", LibclangMembers.Of([Path.Combine(Include, "itkImage.h")], [Include], "itk::Image<float, 3>"));
    }

    private static void AssertAccounted(ModuleBinding module, string cppClass, IReadOnlyList<LibclangMember> members)
    {
        var binding = module.Classes.Single(c => c.CppName == cppClass);
        var chain = new List<ClassBinding>();
        for (var current = binding; current is not null; current = current.BaseClass)
        {
            chain.Add(current);
        }
        var wrapped = chain.SelectMany(c => c.Calls.Select(m => m.CppName).Concat(c.Properties.Select(p => p.Name))
            .Concat(c.Indexer is null ? [] : ["operator[]"])).ToHashSet(StringComparer.Ordinal);
        var reported = chain.SelectMany(c => c.Skipped).Select(s => s.Member).ToList();
        var checkedMembers = members.Where(m => Kinds.Contains(m.Kind)).ToList();
        Assert.NotEmpty(checkedMembers);
        var missing = checkedMembers.Where(m => !wrapped.Contains(m.Name) && !reported.Any(r => Names(r, m.Name))).Select(m => m.ToString()).ToList();
        Assert.True(missing.Count == 0, $"{cppClass}: neither wrapped nor reported:\n{string.Join("\n", missing)}");
    }

    // A report entry names a member as "Class::Name(...)", "Class::Name<T>(...)" or, for a field, "Class::Name".
    private static bool Names(string reported, string name) =>
        reported.Contains($"::{name}(", StringComparison.Ordinal) || reported.Contains($"::{name}<", StringComparison.Ordinal)
        || reported.EndsWith($"::{name}", StringComparison.Ordinal);

    private string Write(string text)
    {
        var path = Path.Combine(_root, "module.i");
        File.WriteAllText(path, text);
        return path;
    }

    private ModuleBinding Bind(string interfaceFile, IReadOnlyList<string> includeDirs)
    {
        var settings = new GenerateSettings
        {
            InterfaceFiles = [interfaceFile],
            Headers = [],
            OutputDirectory = Path.Combine(_root, "cs"),
            ShimPath = Path.Combine(_root, "native", "module_wrap.cpp"),
            IncludeDirs = [.. includeDirs],
        };
        var diagnostics = new DiagnosticBag();
        var module = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return module!;
    }
}
