using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Tests.Parsing;

/// <summary>Real ITK 5.2 transform headers: explicit instantiations (itkTransformBase.h) and explicit specializations (itkMatrixOffsetTransformBase.h).</summary>
public sealed class ItkTransformFixture
{
    public const string Euler = "itk::Euler3DTransform<double>";
    public const string MatrixOffset = "itk::MatrixOffsetTransformBase<double,3,3>";

    private readonly Lazy<(CppCompilation, DiagnosticBag)> _parse = new(() => ParsingTestSupport.Parse(
        [.. new[] { "itkTransformBase.h", "itkMatrixOffsetTransformBase.h", "itkEuler3DTransform.h" }
            .Select(h => Path.Combine(ParsingTestSupport.ItkIncludeDir, h))],
        [ParsingTestSupport.ItkIncludeDir],
        [Euler, MatrixOffset]));

    public CppCompilation Compilation => _parse.Value.Item1;

    public DiagnosticBag Diagnostics => _parse.Value.Item2;

    public CppNamespace Itk => Assert.Single(Compilation.GlobalNamespace.Namespaces, n => n.Name == "itk");
}

public sealed class ItkTransformParsingTests(ItkTransformFixture fixture) : IClassFixture<ItkTransformFixture>
{
    [ItkFact]
    public void Transform_headers_parse_without_errors() =>
        Assert.False(fixture.Diagnostics.HasErrors, ParsingTestSupport.Describe(fixture.Diagnostics));

    [ItkFact]
    public void Extern_template_declarations_are_explicit_instantiations_with_their_bases()
    {
        foreach (var type in new[] { "double", "float" })
        {
            var transformBase = Assert.Single(fixture.Itk.Specializations, c => c.FullName == $"itk::TransformBaseTemplate<{type}>");
            Assert.Equal(CppSpecializationKind.ExplicitInstantiation, transformBase.SpecializationKind);
            Assert.Equal([$"itk::TransformBaseTemplate<{type}>", "itk::Object", "itk::LightObject"], ParsingTestSupport.BaseChain(transformBase));
            Assert.Contains(transformBase.Functions, f => f.Name == "GetTransformTypeAsString");
        }
    }

    [ItkFact]
    public void Helper_specializations_are_not_plain_classes()
    {
        Assert.Equal(["itk::MatrixOrthogonalityTolerance<double>", "itk::MatrixOrthogonalityTolerance<float>"],
            fixture.Itk.Specializations.Where(c => c.IsExplicitSpecialization).Select(c => c.FullName));
        Assert.DoesNotContain(fixture.Compilation.AllClasses(), c => c.SpecializationKind != CppSpecializationKind.None || c.FullName.Contains('<'));
        Assert.Contains(fixture.Compilation.AllClasses(), c => c.FullName == "itk::TransformBaseTemplate" && c.IsTemplate);
    }

    [ItkFact]
    public void Transforms_resolve_their_bases_to_itk_object()
    {
        Assert.Equal(
            ["itk::Euler3DTransform<double>", "itk::Rigid3DTransform<double>", "itk::MatrixOffsetTransformBase<double, 3, 3>",
             "itk::Transform<double, 3, 3>", "itk::TransformBaseTemplate<double>", "itk::Object", "itk::LightObject"],
            ParsingTestSupport.BaseChain(fixture.Compilation.Instantiations[ItkTransformFixture.Euler]));
        Assert.Same(
            fixture.Compilation.Instantiations[ItkTransformFixture.MatrixOffset],
            fixture.Compilation.Instantiations[ItkTransformFixture.Euler].BaseTypes[0].Class!.BaseTypes[0].Class);
        Assert.Same(
            Assert.Single(fixture.Itk.Specializations, c => c.FullName == "itk::TransformBaseTemplate<double>"),
            fixture.Compilation.FindClass("itk::TransformBaseTemplate<double>"));
    }
}
