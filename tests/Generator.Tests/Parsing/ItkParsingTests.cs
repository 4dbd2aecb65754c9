using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>Four real ITK 5.2 filter headers and their float 2D instantiations, parsed once in one translation unit.</summary>
public sealed class ItkFixture
{
    public const string Image = "itk::Image<float,2>";
    public const string Median = $"itk::MedianImageFilter<{Image},{Image}>";
    public const string Gaussian = $"itk::DiscreteGaussianImageFilter<{Image},{Image}>";
    public const string Threshold = $"itk::BinaryThresholdImageFilter<{Image},itk::Image<unsigned char,2>>";
    public const string Reader = $"itk::ImageFileReader<{Image}>";

    private readonly Lazy<(CppCompilation, DiagnosticBag)> _parse = new(() => ParsingTestSupport.Parse(
        [.. new[] { "itkMedianImageFilter.h", "itkDiscreteGaussianImageFilter.h", "itkBinaryThresholdImageFilter.h", "itkImageFileReader.h" }
            .Select(h => Path.Combine(ParsingTestSupport.ItkIncludeDir, h))],
        [ParsingTestSupport.ItkIncludeDir],
        [Median, Gaussian, Threshold, Reader]));

    public CppCompilation Compilation => _parse.Value.Item1;

    public DiagnosticBag Diagnostics => _parse.Value.Item2;

    public IReadOnlyList<CppMemberFunction> All(string request) => Compilation.Instantiations[request].GetAllPublicFunctions();
}

public sealed class ItkParsingTests(ItkFixture fixture) : IClassFixture<ItkFixture>
{
    private static string Signatures(IEnumerable<CppMemberFunction> functions, string name) =>
        string.Join(" | ", functions.Where(m => m.Function.Name == name).Select(m => m.Function.ToString()));

    [ItkFact]
    public void Four_filter_headers_parse_with_zero_diagnostics() =>
        Assert.True(fixture.Diagnostics.Items.Count == 0, ParsingTestSupport.Describe(fixture.Diagnostics));

    [ItkFact]
    public void Class_requests_alone_take_one_parse()
    {
        Assert.Equal(TimeSpan.Zero, fixture.Compilation.MemberTemplateParseTime);
        Assert.Empty(fixture.Compilation.MemberTemplateRequests);
    }

    [ItkFact]
    public void Median_filter_instantiation_has_concrete_signatures()
    {
        var all = fixture.All(ItkFixture.Median);
        var median = fixture.Compilation.Instantiations[ItkFixture.Median];
        Assert.Equal("itk::MedianImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>", median.FullName);
        Assert.Same(median, fixture.Compilation.Instantiations[median.FullName]);

        var setRadius = all.Where(m => m.Function.Name == "SetRadius").ToList();
        Assert.Equal(["SetRadius(const itk::Size<2> &)", "SetRadius(const unsigned long &)"], setRadius.Select(m => m.Function.Signature));
        Assert.All(setRadius, m => Assert.Equal("itk::BoxImageFilter<itk::Image<float, 2>, itk::Image<float, 2>>", m.DeclaringClass.FullName));
        Assert.Equal("virtual const itk::Size<2> & GetRadius() const", Signatures(all, "GetRadius"));
        // Members of instantiations carry the template member's doc comment.
        var getOutput = Assert.Single(all, m => m.Function.Signature == "GetOutput()");
        Assert.Contains("outputs", getOutput.Function.Comment);
        Assert.Contains("virtual void SetInput(const itk::Image<float, 2> * input)", Signatures(all, "SetInput"));
        Assert.Contains("itk::Image<float, 2> * GetOutput()", Signatures(all, "GetOutput"));
        var update = Assert.Single(all, m => m.Function.Name == "Update");
        Assert.Equal("itk::ProcessObject", update.DeclaringClass.FullName);
        Assert.Equal("virtual void Update()", update.Function.ToString());
        Assert.Equal("itkNewMacro", Assert.Single(median.Functions, f => f.Name == "New").Macro);
        Assert.False(median.HasPublicConstructor);
    }

    [ItkFact]
    public void Median_filter_base_chain_is_resolved()
    {
        var chain = new List<string>();
        for (var cls = fixture.Compilation.Instantiations[ItkFixture.Median]; cls is not null; cls = cls.BaseTypes.FirstOrDefault()?.Class)
        {
            chain.Add(cls.TemplateName ?? cls.FullName);
        }
        Assert.Equal(
            ["itk::MedianImageFilter", "itk::BoxImageFilter", "itk::ImageToImageFilter", "itk::ImageSource", "itk::ProcessObject", "itk::Object", "itk::LightObject"],
            chain);
    }

    [ItkFact]
    public void Copy_and_move_members_from_the_disallow_macro_are_deleted()
    {
        var median = fixture.Compilation.Instantiations[ItkFixture.Median];
        var deleted = median.Constructors.Concat(median.Functions).Where(f => f.IsDeleted).ToList();
        Assert.Equal(4, deleted.Count);
        Assert.All(deleted, f => Assert.Equal("ITK_DISALLOW_COPY_AND_MOVE", f.Macro));
        Assert.DoesNotContain(fixture.All(ItkFixture.Median), m => m.Function.IsDeleted);
    }

    [ItkFact]
    public void Discrete_gaussian_instantiation_resolves_array_and_scalar_setters()
    {
        var all = fixture.All(ItkFixture.Gaussian);
        var setters = all.Where(m => m.Function.Name == "SetVariance").Select(m => m.Function.Signature).ToList();
        Assert.Equal(["SetVariance(const itk::FixedArray<double, 2>)", "SetVariance(const double)", "SetVariance(const double *)", "SetVariance(const float *)"], setters);
        var variance = Assert.IsType<CppQualifiedType>(Assert.Single(all, m => m.Function.Signature == "SetVariance(const double)").Function.Parameters[0].Type);
        Assert.True(variance.IsConst);
        Assert.Equal("const double", variance.CanonicalSpelling);
        Assert.Contains(all, m => m.Function.Name == "SetMaximumKernelWidth" && m.Function.Parameters[0].Type.CanonicalSpelling == "const int");
        Assert.Contains(all, m => m.Function.Name == "Update");
    }

    [ItkFact]
    public void Binary_threshold_instantiation_uses_both_pixel_types()
    {
        var all = fixture.All(ItkFixture.Threshold);
        var threshold = fixture.Compilation.Instantiations[ItkFixture.Threshold];
        Assert.Equal("itk::BinaryThresholdImageFilter<itk::Image<float, 2>, itk::Image<unsigned char, 2>>", threshold.FullName);
        Assert.Contains("SetInsideValue(const unsigned char)", all.Select(m => m.Function.Signature));
        Assert.Contains("SetLowerThreshold(const float)", all.Select(m => m.Function.Signature));
        Assert.Contains("itk::Image<unsigned char, 2> * GetOutput()", Signatures(all, "GetOutput"));
    }

    [ItkFact]
    public void Image_file_reader_instantiation_has_file_name_and_output()
    {
        var all = fixture.All(ItkFixture.Reader);
        Assert.Contains(all, m => m.Function.Name == "SetFileName" && m.Function.Parameters[0].Type.CanonicalSpelling.StartsWith("const std::__cxx11::basic_string<char", StringComparison.Ordinal));
        Assert.Contains("itk::Image<float, 2> * GetOutput()", Signatures(all, "GetOutput"));
        Assert.Equal("itk::ProcessObject", Assert.Single(all, m => m.Function.Name == "Update").DeclaringClass.FullName);
    }

    [ItkFact]
    public void Input_header_templates_are_listed_and_system_declarations_are_not()
    {
        var itk = Assert.Single(fixture.Compilation.GlobalNamespace.Namespaces, n => n.Name == "itk");
        Assert.Contains(itk.Classes, c => c.FullName == "itk::MedianImageFilter" && c.IsTemplate);
        Assert.DoesNotContain(fixture.Compilation.GlobalNamespace.Namespaces, n => n.Name == "std");
        Assert.DoesNotContain(itk.Classes, c => c.FullName == "itk::ProcessObject");
    }
}
