using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>ITK 5.2's point/index conversions, member templates of ImageBase, instantiated on Image&lt;float,2&gt; and on 3D.</summary>
public sealed class ItkMemberTemplateFixture
{
    public const string Image2 = "itk::Image<float,2>";

    public static readonly string[] Requests =
    [
        $"{Image2}::TransformPhysicalPointToIndex<double>",
        $"{Image2}::TransformIndexToPhysicalPoint<double>",
        $"{Image2}::TransformPhysicalPointToContinuousIndex<double, double>",
        $"{Image2}::TransformContinuousIndexToPhysicalPoint<double, double>",
    ];

    public static readonly CppMemberTemplateRequest Image3 =
        new("itk::Image<unsigned char, 3>", "TransformPhysicalPointToIndex", ["float"], new SourceLocation("itk.i", 9, 1));

    private readonly Lazy<(CppCompilation, DiagnosticBag)> _parse = new(() => Parse(ParsingTestSupport.ItkIncludeDir));

    /// <summary>The requests on <c>itkImage.h</c> of an include folder: real ITK's or the native core's.</summary>
    public static (CppCompilation Compilation, DiagnosticBag Diagnostics) Parse(string includeDir)
    {
        var options = new CppParserOptions();
        options.IncludeFolders.Add(includeDir);
        var diagnostics = new DiagnosticBag();
        var compilation = CppParser.Parse([Path.Combine(includeDir, "itkImage.h")], options,
            Requests.Select((r, i) => new CppInstantiationRequest(r, new SourceLocation("itk.i", i + 1, 1))), [Image3], diagnostics);
        return (compilation, diagnostics);
    }

    public CppCompilation Compilation => _parse.Value.Item1;

    public DiagnosticBag Diagnostics => _parse.Value.Item2;

    public List<string> Signatures(string request) => [.. Compilation.MemberInstantiationsOf(request).Select(m => m.Function.ToString())];
}

public sealed class ItkMemberTemplateTests(ItkMemberTemplateFixture fixture) : IClassFixture<ItkMemberTemplateFixture>
{
    [ItkFact]
    public void Requests_parse_without_diagnostics() => Assert.True(fixture.Diagnostics.Items.Count == 0, ParsingTestSupport.Describe(fixture.Diagnostics));

    [ItkFact]
    public void Image_base_lists_its_member_templates()
    {
        var imageBase = fixture.Compilation.FindClass("itk::ImageBase<2>")!;
        Assert.Equal(2, imageBase.FunctionTemplates.Count(t => t.Name == "TransformPhysicalPointToIndex"));
        Assert.Contains(imageBase.FunctionTemplates, t => t.ToString() ==
            "template <typename TCoordRep> IndexType TransformPhysicalPointToIndex(const Point<TCoordRep, VImageDimension> & point) const");
        Assert.All(imageBase.FunctionTemplates, t => Assert.Equal("itk::ImageBase<2>", t.DeclaringClassName));
    }

    [ItkFact]
    public void Point_to_index_has_both_overloads_declared_by_image_base()
    {
        Assert.Equal(
            ["itk::Index<2> TransformPhysicalPointToIndex(const itk::Point<double, 2> & point) const",
             "bool TransformPhysicalPointToIndex(const itk::Point<double, 2> & point, itk::Index<2> & index) const"],
            fixture.Signatures(ItkMemberTemplateFixture.Requests[0]));
        var image = fixture.Compilation.FindClass("itk::Image<float, 2>")!;
        var imageBase = image.BaseTypes[0].Class;
        Assert.All(fixture.Compilation.MemberInstantiationsOf(ItkMemberTemplateFixture.Requests[0]), m => Assert.Same(imageBase, m.Owner));
        Assert.Equal("itk::ImageBase<2>", imageBase!.FullName);
        var byValue = fixture.Compilation.MemberInstantiationsOf(ItkMemberTemplateFixture.Requests[0])[0];
        Assert.Equal("itk::ImageBase<2>::IndexType", Assert.IsType<CppTypedefType>(byValue.Function.ReturnType).FullName);
        Assert.Equal(["double"], byValue.TemplateArguments);
    }

    [ItkFact]
    public void Index_to_point_and_the_continuous_variants_are_instantiated()
    {
        Assert.Equal(
            ["void TransformIndexToPhysicalPoint(const itk::Index<2> & index, itk::Point<double, 2> & point) const",
             "itk::Point<double, 2> TransformIndexToPhysicalPoint(const itk::Index<2> & index) const"],
            fixture.Signatures(ItkMemberTemplateFixture.Requests[1]));
        // Both overloads take two template arguments, in opposite orders (<TIndexRep, TCoordRep> and <TCoordRep, TIndexRep>).
        Assert.Equal(
            ["itk::ContinuousIndex<double, 2> TransformPhysicalPointToContinuousIndex(const itk::Point<double, 2> & point) const",
             "bool TransformPhysicalPointToContinuousIndex(const itk::Point<double, 2> & point, itk::ContinuousIndex<double, 2> & index) const"],
            fixture.Signatures(ItkMemberTemplateFixture.Requests[2]));
        Assert.Equal(
            ["void TransformContinuousIndexToPhysicalPoint(const itk::ContinuousIndex<double, 2> & index, itk::Point<double, 2> & point) const",
             "itk::Point<double, 2> TransformContinuousIndexToPhysicalPoint(const itk::ContinuousIndex<double, 2> & index) const"],
            fixture.Signatures(ItkMemberTemplateFixture.Requests[3]));
    }

    [ItkFact]
    public void A_three_dimensional_image_gets_its_own_instantiation()
    {
        var members = fixture.Compilation.MemberInstantiationsOf(ItkMemberTemplateFixture.Image3.Spelling);
        Assert.Equal(
            ["itk::Index<3> TransformPhysicalPointToIndex(const itk::Point<float, 3> & point) const",
             "bool TransformPhysicalPointToIndex(const itk::Point<float, 3> & point, itk::Index<3> & index) const"],
            members.Select(m => m.Function.ToString()));
        Assert.All(members, m => Assert.Equal("itk::ImageBase<3>", m.Owner.FullName));
        Assert.All(members, m => Assert.Same(ItkMemberTemplateFixture.Image3, m.Request));
    }

    [Fact]
    public void The_native_core_declares_the_same_member_templates_as_itk()
    {
        var (native, diagnostics) = ItkMemberTemplateFixture.Parse(Path.Combine(RepositoryPaths.Root, "native", "include"));
        Assert.True(diagnostics.Items.Count == 0, ParsingTestSupport.Describe(diagnostics));
        Assert.Equal(
            ["itk::Index<2> TransformPhysicalPointToIndex(const itk::Point<double, 2> & point) const",
             "bool TransformPhysicalPointToIndex(const itk::Point<double, 2> & point, itk::Index<2> & index) const",
             "void TransformIndexToPhysicalPoint(const itk::Index<2> & index, itk::Point<double, 2> & point) const",
             "itk::Point<double, 2> TransformIndexToPhysicalPoint(const itk::Index<2> & index) const",
             "itk::ContinuousIndex<double, 2> TransformPhysicalPointToContinuousIndex(const itk::Point<double, 2> & point) const",
             "bool TransformPhysicalPointToContinuousIndex(const itk::Point<double, 2> & point, itk::ContinuousIndex<double, 2> & index) const",
             "void TransformContinuousIndexToPhysicalPoint(const itk::ContinuousIndex<double, 2> & index, itk::Point<double, 2> & point) const",
             "itk::Point<double, 2> TransformContinuousIndexToPhysicalPoint(const itk::ContinuousIndex<double, 2> & index) const",
             "itk::Index<3> TransformPhysicalPointToIndex(const itk::Point<float, 3> & point) const",
             "bool TransformPhysicalPointToIndex(const itk::Point<float, 3> & point, itk::Index<3> & index) const"],
            native.MemberInstantiations.Select(m => m.Function.ToString()));
        Assert.All(native.MemberInstantiations, m => Assert.StartsWith("itk::ImageBase<", m.Owner.FullName, StringComparison.Ordinal));
    }
}
