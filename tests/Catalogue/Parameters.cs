using ItkBindGen.Runtime;

namespace CatalogueTests;

/// <summary>
/// The parameters a filter is useless without (kernels, seeds, second inputs, regions, pads, thresholds, functors,
/// difference functions, transforms), exactly as the C++ reference program sets them
/// (native/reference_parameters.h, in the same order); every other filter keeps its defaults.
/// </summary>
internal static unsafe class Parameters
{
    /// <summary>Sets the filter's parameters; objects made for it (kernels, transforms) go to <paramref name="made"/>.</summary>
    public static void Set(NativeObject filter, string baseName, ImageSet images, List<IDisposable> made)
    {
        var primary = PrimaryType(filter);
        var dimension = primary is null ? 2 : TestImages.Tag(primary).Dimension;
        var size = TestImages.Size(dimension);
        double[] Take(params double[] values) => values[..dimension];
        void Call(string member, params object[] args) => Members.Call(filter, member, args);

        switch (baseName)
        {
            case "ClosingByReconstructionImageFilter" or "OpeningByReconstructionImageFilter":
                var kernelType = filter.GetType().GetMethod("SetKernel")?.GetParameters()[0].ParameterType
                    ?? throw new MissingMethodException($"{filter.GetType().Name} has no SetKernel");
                var kernel = (NativeObject)Members.Call(kernelType, "Ball", Enumerable.Repeat(1.0, dimension).ToArray(), false)!;
                made.Add(kernel);
                Call("SetKernel", kernel);
                break;
            case "AdditiveGaussianNoiseImageFilter" or "SaltAndPepperNoiseImageFilter" or "ShotNoiseImageFilter" or "SpeckleNoiseImageFilter":
                // The default seed comes from the clock: a fixed one, so both sides draw the same numbers.
                Call("SetSeed", 12345.0);
                break;
            case "ConnectedThresholdImageFilter" or "NeighborhoodConnectedImageFilter":
                Call("AddSeed", Seed(size, bright: false));
                Call("SetLower", new Choice(0.0, 0));
                Call("SetUpper", new Choice(0.6, 100));
                break;
            case "ConfidenceConnectedImageFilter":
                Call("AddSeed", Seed(size, bright: false));
                break;
            case "IsolatedConnectedImageFilter":
                Call("AddSeed1", Seed(size, bright: false));
                Call("AddSeed2", Seed(size, bright: true));
                break;
            case "GrayscaleConnectedClosingImageFilter" or "GrayscaleConnectedOpeningImageFilter":
                Call("SetSeed", Seed(size, bright: false));
                break;
            case "CollidingFrontsImageFilter":
                Call("SetSeedPoints1", new[] { new LevelSetNode(Seed(size, bright: false), 0) });
                Call("SetSeedPoints2", new[] { new LevelSetNode(Seed(size, bright: true), 0) });
                break;
            case "FastMarchingImageFilter":
                Call("SetTrialPoints", new[] { new LevelSetNode(Seed(size, bright: false), 0) });
                break;
            case "TileImageFilter":
                Call("SetInput", 1u, images.Get(primary!, "secondary"));
                Call("SetLayout", Enumerable.Range(0, dimension).Select(i => i == dimension - 1 ? 2.0 : 1.0).ToArray());
                break;
            case "JoinSeriesImageFilter" or "NaryAddImageFilter" or "NaryMaximumImageFilter" or "STAPLEImageFilter" or "LabelVotingImageFilter":
                Call("SetInput", 1u, images.Get(primary!, "secondary"));
                break;
            case "ExtractImageFilter" when dimension == 3:
                // One slice of the volume: a 2D image.
                Call("SetExtractionRegion", new ImageRegion([0, 0, 4], [size[0], size[1], 0]));
                Call("SetDirectionCollapseToSubmatrix");
                break;
            case "ExtractImageFilter":
                Call("SetExtractionRegion", new ImageRegion([2, 3], [10, 8]));
                break;
            case "RegionOfInterestImageFilter":
                Call("SetRegionOfInterest", new ImageRegion(new long[] { 2, 3, 1 }[..dimension], new ulong[] { 10, 8, 6 }[..dimension]));
                break;
            case "CropImageFilter":
                Call("SetLowerBoundaryCropSize", Take(2, 1, 1));
                Call("SetUpperBoundaryCropSize", Take(1, 2, 2));
                break;
            case "PadImageFilter" or "ConstantPadImageFilter" or "MirrorPadImageFilter" or "WrapPadImageFilter" or "ZeroFluxNeumannPadImageFilter":
                Call("SetPadLowerBound", Take(2, 1, 1));
                Call("SetPadUpperBound", Take(1, 3, 2));
                if (baseName == "PadImageFilter")
                {
                    UseZeroFluxNeumannBoundary(filter);
                }
                break;
            case "CyclicShiftImageFilter":
                Call("SetShift", Take(3, -2, 1));
                break;
            case "FlipImageFilter":
                Call("SetFlipAxes", Enumerable.Range(0, dimension).Select(i => i != 1).ToArray());
                break;
            case "PermuteAxesImageFilter":
                Call("SetOrder", Enumerable.Range(0, dimension).Select(i => (double)((i + 1) % dimension)).ToArray());
                break;
            case "ExpandImageFilter":
                Call("SetExpandFactors", 2.0);
                break;
            case "ShrinkImageFilter" or "BinShrinkImageFilter":
                Call("SetShrinkFactors", 2.0);
                break;
            case "SliceImageFilter":
                Call("SetStep", 2.0);
                break;
            case "BinaryThresholdImageFilter":
                Call("SetLowerThreshold", new Choice(0.5, 100));
                Call("SetUpperThreshold", new Choice(0.9, 255));
                break;
            case "ThresholdImageFilter":
                Call("ThresholdOutside", new Choice(0.4, 1), new Choice(0.9, 3));
                break;
            case "ThresholdLabelerImageFilter":
                Call("SetThresholds", (object)new[] { new Choice(0.4, 1), new Choice(0.8, 2) });
                break;
            case "ClampImageFilter":
                Call("SetBounds", new Choice(0.3, 1), new Choice(0.9, 2));
                break;
            case "ChangeLabelImageFilter":
                Call("SetChange", 0.0, 9.0);
                break;
            case "ShiftScaleImageFilter":
                Call("SetShift", 0.5);
                Call("SetScale", 2.0);
                break;
            case "IsoContourDistanceImageFilter":
                Call("SetLevelSetValue", 0.6);
                break;
            case "ContourExtractor2DImageFilter":
                Call("SetContourValue", 0.6);
                break;
            case "HistogramThresholdImageFilter":
                var calculator = new Catalogue.OtsuThresholdCalculatorHDF();
                made.Add(calculator);
                Call("SetCalculator", calculator);
                break;
            case "ExtractOrthogonalSwath2DImageFilter":
                // A straight path across the image, mid-height.
                var path = new Catalogue.PolyLineParametricPath2();
                made.Add(path);
                path.AddVertex([2, 10]);
                path.AddVertex([21, 10]);
                Call("SetPathInput", path);
                break;
            case "UnaryGeneratorImageFilter":
                ((Catalogue.UnaryGeneratorImageFilterF2)filter).SetFunctor(&FilterFunctions.Square);
                break;
            case "BinaryGeneratorImageFilter":
                ((Catalogue.BinaryGeneratorImageFilterF2)filter).SetFunctor(&FilterFunctions.Difference);
                break;
            case "TernaryGeneratorImageFilter":
                ((Catalogue.TernaryGeneratorImageFilterF2)filter).SetFunctor(&FilterFunctions.SumLessThird);
                break;
            case "SparseFieldLevelSetImageFilter" or "ParallelSparseFieldLevelSetImageFilter":
                // A level set moved by its curvature alone, around the input's 0.6 iso-line, for a few iterations.
                var function = new Catalogue.LevelSetFunctionF2();
                made.Add(function);
                function.Initialize(Enumerable.Repeat(1UL, dimension).ToArray());
                function.SetCurvatureWeight(1);
                Call("SetDifferenceFunction", function);
                Call("SetIsoSurfaceValue", 0.6);
                Call("SetNumberOfIterations", 5.0);
                break;
            case "NarrowBandThresholdSegmentationLevelSetImageFilter" or "NarrowBandCurvesLevelSetImageFilter":
                // ITK's defaults (the zero level set, 1000 iterations) crash in ITK on these images: the 0.6 iso-line.
                Call("SetIsoSurfaceValue", 0.6);
                Call("SetNumberOfIterations", 5.0);
                // One work unit: NarrowBandImageFilterBase's work units write their own entries of a shared
                // std::vector<bool> (bits of one word) at once, so with several its time step, and the result, can
                // change from run to run (seen once: 257 of 480 pixels).
                Call("SetNumberOfWorkUnits", 1.0);
                break;
            case "ResampleImageFilter":
                Resample(filter, size, made);
                break;
        }
    }

    // Real pixels through a rotation about the centre with linear interpolation; integer pixels (labels) through an
    // affine scaling with nearest-neighbour interpolation; onto the input's grid.
    private static void Resample(NativeObject filter, ulong[] size, List<IDisposable> made)
    {
        var center = size.Select(n => ((double)n - 1) / 2).ToArray();
        NativeObject transform, interpolator;
        switch (filter)
        {
            case Catalogue.ResampleImageFilterF2:
                var euler2 = new Catalogue.Euler2DTransformD();
                euler2.SetCenter(center);
                euler2.SetAngle(0.1);
                euler2.SetTranslation([0.5, -0.3]);
                (transform, interpolator) = (euler2, new Catalogue.LinearInterpolateImageFunctionF2());
                break;
            case Catalogue3D.ResampleImageFilterF3:
                var euler3 = new Catalogue3D.Euler3DTransformD();
                euler3.SetCenter(center);
                euler3.SetRotation(0.1, 0.05, -0.1);
                euler3.SetTranslation([0.5, -0.3, 0]);
                (transform, interpolator) = (euler3, new Catalogue3D.LinearInterpolateImageFunctionF3());
                break;
            case Catalogue3D.ResampleImageFilterUC3:
                var affine = new Catalogue3D.AffineTransformD3();
                affine.SetCenter(center);
                affine.Scale(1.1);
                (transform, interpolator) = (affine, new Catalogue3D.NearestNeighborInterpolateImageFunctionUC3());
                break;
            default:
                throw new NotSupportedException($"the catalogue has no transform for {filter.GetType().Name}");
        }
        made.Add(transform);
        made.Add(interpolator);
        Members.Call(filter, "SetTransform", transform);
        Members.Call(filter, "SetInterpolator", interpolator);
        Members.Call(filter, "SetSize", size.Select(n => (double)n).ToArray());
    }

    private static void UseZeroFluxNeumannBoundary(NativeObject filter)
    {
        switch (filter)
        {
            case Catalogue.PadImageFilterF2 pad:
                Catalogue.Catalogue.UseZeroFluxNeumannBoundary(pad);
                break;
            case Catalogue3D.PadImageFilterF3 pad:
                Catalogue3D.Catalogue3D.UseZeroFluxNeumannBoundary(pad);
                break;
            default:
                throw new NotSupportedException($"the catalogue has no boundary condition for {filter.GetType().Name}");
        }
    }

    /// <summary>The image type of the filter's main input (its SetInput or SetInput1), or null when it takes none.</summary>
    public static Type? PrimaryType(NativeObject filter) =>
        TestImages.InputTypes.FirstOrDefault(t => filter.GetType().GetMethod("SetInput", [t]) is not null || filter.GetType().GetMethod("SetInput1", [t]) is not null);

    // The seeds of the region-growing filters: one on the dark (left) side of the gradient, one on the bright side,
    // mid-height (and mid-depth).
    private static long[] Seed(ulong[] size, bool bright)
    {
        var index = size.Select(n => (long)(n / 2)).ToArray();
        index[0] = bright ? (long)size[0] - 3 : 2;
        return index;
    }
}
