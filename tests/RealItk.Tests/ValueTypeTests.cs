using ItkBindGen.Runtime;
using RealItkTest.Threaded;

namespace ItkBindGen.RealItk.Tests;

/// <summary>
/// The value types real filters take (regions, FixedArray&lt;bool&gt;, an *Enums class's enum, a direction matrix,
/// an array through %apply), each compared pixel for pixel with the same call in C++ (real_itk_reference).
/// </summary>
public sealed class ValueTypeTests : IDisposable
{
    private static readonly ImageRegion Region = new([3, 4], [20, 10]);

    private readonly string _folder = Directory.CreateTempSubdirectory("itkbindgen-values-").FullName;
    private readonly ImageF2 _input;

    public ValueTypeTests()
    {
        _input = ImageF2.FromPixels(FilterResultTests.RandomPixels(67 * 41, seed: 11), 67, 41);
        var inputPath = Path.Combine(_folder, "input.mha");
        using (var writer = new ImageFileWriterF2())
        {
            writer.SetInput(_input);
            writer.SetFileName(inputPath);
            writer.Update();
        }
        FilterResultTests.RunReferenceProgram(inputPath, _folder);
    }

    public void Dispose()
    {
        _input.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void ExtractAndRegionOfInterestTakeARegion()
    {
        using var extract = new ExtractImageFilterF2();
        extract.SetInput(_input);
        extract.SetExtractionRegion(Region);
        extract.SetDirectionCollapseToSubmatrix();
        extract.Update();
        using var extracted = extract.GetOutput()!;
        Assert.Equal(Region, extracted.LargestPossibleRegion);
        Assert.Equal(Expected("extract.mha"), Bits(extracted));

        using var roi = new RegionOfInterestImageFilterF2();
        roi.SetInput(_input);
        roi.RegionOfInterest = Region;
        Assert.Equal(Region, roi.RegionOfInterest);
        roi.Update();
        using var cropped = roi.GetOutput()!;
        Assert.Equal(new ImageRegion([0, 0], [20, 10]), cropped.LargestPossibleRegion);
        Assert.Equal(Expected("roi.mha"), Bits(cropped));
    }

    [Fact]
    public void FlipTakesOneBoolAnAxis()
    {
        using var flip = new FlipImageFilterF2();
        flip.SetInput(_input);
        flip.FlipAxes = [true, false];
        Assert.Equal(new[] { true, false }, flip.FlipAxes);
        flip.Update();
        using var flipped = flip.GetOutput()!;
        Assert.Equal(Expected("flip.mha"), Bits(flipped));
        Assert.NotEqual(Bits(_input), Bits(flipped));
    }

    [Fact]
    public void RecursiveGaussianTakesTheOrderOfItsEnumsClass()
    {
        using var gaussian = new RecursiveGaussianImageFilterF2();
        gaussian.SetInput(_input);
        gaussian.SetSigma(2.0);
        gaussian.SetDirection(0);
        gaussian.SetOrder(RecursiveGaussianImageFilterEnums.GaussianOrder.FirstOrder);
        Assert.Equal(RecursiveGaussianImageFilterEnums.GaussianOrder.FirstOrder, gaussian.GetOrder());
        gaussian.Update();
        using var derivative = gaussian.GetOutput()!;
        Assert.Equal(Expected("recursive-gaussian.mha"), Bits(derivative));
    }

    [Fact]
    public void DiscreteGaussianTakesAPerAxisVarianceThroughApply()
    {
        using var gaussian = new DiscreteGaussianImageFilterF2();
        gaussian.SetInput(_input);
        gaussian.SetVariance((ReadOnlySpan<double>)[1.0, 4.0]);
        gaussian.Update();
        using var smoothed = gaussian.GetOutput()!;
        Assert.Equal(Expected("gaussian-axes.mha"), Bits(smoothed));
        Assert.Throws<ItkArgumentException>(() => gaussian.SetVariance((ReadOnlySpan<double>)[1.0]));
    }

    [Fact]
    public void AnImageDirectionIsSetAndReadBack()
    {
        var angle = Math.PI / 6;
        var rotation = new[,] { { Math.Cos(angle), -Math.Sin(angle) }, { Math.Sin(angle), Math.Cos(angle) } };
        using var image = ImageF2.FromPixels(new float[6], 3, 2);
        Assert.Equal(new double[,] { { 1, 0 }, { 0, 1 } }, image.GetDirection());
        image.SetDirection(rotation);
        Assert.Equal(rotation, image.GetDirection());
        Assert.Throws<ArgumentException>(() => image.SetDirection(new double[3, 3]));

        // The C++ program wrote the same rotation into a file: reading it gives the same matrix, up to MetaImage's
        // decimal text.
        using var reader = new ImageFileReaderF2();
        reader.SetFileName(Path.Combine(_folder, "direction.mha"));
        reader.Update();
        using var written = reader.GetOutput()!;
        var read = written.GetDirection();
        for (var r = 0; r < 2; r++)
        {
            for (var c = 0; c < 2; c++)
            {
                Assert.Equal(rotation[r, c], read[r, c], 1e-6);
            }
        }
    }

    [Fact]
    public void ResampleTakesAnAffineTransformALinearInterpolatorAndAnOutputDirection()
    {
        using var transform = new AffineTransformD2();
        transform.SetCenter([(67 - 1) / 2.0, (41 - 1) / 2.0]);
        transform.Rotate2D(10.0 * Math.PI / 180.0);
        transform.Translate([1.5, -2.0]);
        using var interpolator = new LinearInterpolateImageFunctionF2();
        using var resample = new ResampleImageFilterF2();
        resample.SetInput(_input);
        resample.SetTransform(transform);
        resample.SetInterpolator(interpolator);
        resample.SetSize([67, 41]);
        resample.SetDefaultPixelValue(-1f);
        var tilt = 5.0 * Math.PI / 180.0;
        var direction = new[,] { { Math.Cos(tilt), -Math.Sin(tilt) }, { Math.Sin(tilt), Math.Cos(tilt) } };
        resample.SetOutputDirection(direction);
        Assert.Equal(direction, resample.GetOutputDirection());
        resample.Update();
        using var resampled = resample.GetOutput()!;
        Assert.Equal(Expected("resample.mha"), Bits(resampled));
        Assert.Contains(-1f, resampled.ToArray());
    }

    [Fact]
    public void GrayscaleDilationTakesABallKernel()
    {
        using var ball = FlatStructuringElement2.Ball([2, 3]);
        Assert.Equal(new ulong[] { 2, 3 }, ball.GetRadius());
        using var dilate = new GrayscaleDilateImageFilterF2();
        dilate.SetInput(_input);
        dilate.SetKernel(ball);
        dilate.Update();
        using var dilated = dilate.GetOutput()!;
        Assert.Equal(Expected("dilate-ball.mha"), Bits(dilated));

        // The kernel the filter keeps is a copy the caller may drop.
        using var kept = dilate.GetKernel();
        Assert.Equal(new ulong[] { 2, 3 }, kept.GetRadius());
    }

    [Fact]
    public void ConnectedThresholdGrowsFromTwoSeedsWithFullConnectivity()
    {
        using var connected = new ConnectedThresholdImageFilterF2();
        connected.SetInput(_input);
        connected.AddSeed([5, 5]);
        connected.AddSeed([40, 30]);
        Assert.Equal(new[] { new long[] { 5, 5 }, new long[] { 40, 30 } }, connected.GetSeeds());
        connected.SetLower(0.2f);
        connected.SetUpper(0.9f);
        connected.SetReplaceValue(1f);
        connected.SetConnectivity(ConnectedThresholdImageFilterEnums.Connectivity.FullConnectivity);
        connected.Update();
        using var grown = connected.GetOutput()!;
        Assert.Equal(Expected("connected.mha"), Bits(grown));
    }

    [Fact]
    public void OtsuAndTheMeanOfADecoratedOutputEqualCpp()
    {
        var values = File.ReadAllLines(Path.Combine(_folder, "values.txt")).Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        using var otsu = new OtsuThresholdImageFilterF2UC2();
        otsu.SetInput(_input);
        otsu.Update();
        Assert.Equal((float)values[0], otsu.GetThreshold());
        using var mask = otsu.GetOutput()!;
        using var reader = new ImageFileReaderUC2();
        reader.SetFileName(Path.Combine(_folder, "otsu.png"));
        reader.Update();
        using var expected = reader.GetOutput()!;
        Assert.Equal(expected.ToArray(), mask.ToArray());

        using var statistics = new StatisticsImageFilterF2();
        statistics.SetInput(_input);
        statistics.Update();
        Assert.Equal(values[1], statistics.GetMeanOutput());
        Assert.Equal(statistics.GetMean(), statistics.GetMeanOutput());

        // Otsu's threshold in two steps: a histogram of 128 bins over the image's range, then the calculator's
        // decorated output. The filter builds its histogram a little differently; it agrees within a bin.
        using var histogram = new ImageToHistogramFilterF2();
        histogram.SetInput(_input);
        histogram.SetHistogramSize([128]);
        histogram.SetAutoMinimumMaximum(true);
        histogram.Update();
        using var calculator = new OtsuThresholdCalculatorHD();
        using var bins = histogram.GetOutput()!;
        calculator.SetInput(bins);
        calculator.Update();
        Assert.Equal((float)values[2], calculator.GetOutput());
        var pixels = _input.ToArray();
        Assert.InRange(calculator.GetOutput() - otsu.GetThreshold(), -(pixels.Max() - pixels.Min()) / 128, (pixels.Max() - pixels.Min()) / 128);
    }

    [Fact]
    public void WarpTakesADisplacementFieldOfVectorPixels()
    {
        // Two floats a pixel, x fastest: the same field the C++ program builds.
        var values = new float[67 * 41 * 2];
        for (var y = 0; y < 41; y++)
        {
            for (var x = 0; x < 67; x++)
            {
                values[2 * (y * 67 + x)] = 0.5f + 0.1f * x;
                values[2 * (y * 67 + x) + 1] = -0.25f * y / 10.0f;
            }
        }
        using var field = ImageVF2.FromPixels(values, 67, 41);
        Assert.Equal(new ImageRegion([0, 0], [67, 41]), field.LargestPossibleRegion);
        using (var view = field.GetPixelView())
        {
            Assert.Equal(values.Length, view.Length);
        }
        using var warp = new WarpImageFilterF2();
        warp.SetInput(_input);
        warp.SetDisplacementField(field);
        warp.SetOutputSize([67, 41]);
        warp.SetEdgePaddingValue(-1f);
        warp.Update();
        using var warped = warp.GetOutput()!;
        Assert.Equal(Expected("warp.mha"), Bits(warped));
        Assert.Contains(-1f, warped.ToArray());
    }

    [Fact]
    public void ImagesAreDataObjectsThatCopyInformationAndGraft()
    {
        using var source = ImageF2.FromPixels([1f, 2f, 3f, 4f, 5f, 6f], 3, 2);
        source.SetSpacing(new[] { 0.5, 2.0 });
        source.SetOrigin(new[] { -1.0, 4.0 });
        DataObject data = source;

        using var information = new ImageF2();
        information.CopyInformation(data);
        Assert.Equal(new[] { 0.5, 2.0 }, information.GetSpacing());
        Assert.Equal(new[] { -1.0, 4.0 }, information.GetOrigin());
        Assert.Equal(source.LargestPossibleRegion, information.LargestPossibleRegion);

        // A grafted image shares the pixels it was grafted from.
        using var grafted = new ImageF2();
        grafted.Graft(data);
        using (var view = source.GetPixelView())
        {
            view.Span[0] = 42f;
        }
        Assert.Equal(42f, grafted.ToArray()[0]);
    }

    [Fact]
    public void FastMarchingStartsFromTrialPoints()
    {
        using var marching = new FastMarchingImageFilterF2();
        marching.SetTrialPoints([new LevelSetNode([10, 10], 0), new LevelSetNode([50, 30], 0)]);
        var trial = marching.GetTrialPoints();
        Assert.Equal([10L, 10L], trial[0].Index);
        Assert.Equal([50L, 30L], trial[1].Index);
        Assert.Equal(0.0, trial[1].Value);
        marching.SetSpeedConstant(1.0);
        marching.SetOutputSize([67, 41]);
        marching.Update();
        using var arrival = marching.GetOutput()!;
        Assert.Equal(Expected("fast-marching.mha"), Bits(arrival));
        Assert.Equal(0f, arrival.ToArray()[10 * 67 + 10]);
    }

    [Fact]
    public void ListsOfNamesAndObjectsAndDecoratedObjectsComeBack()
    {
        using var median = new MedianImageFilterF2();
        median.SetInput(_input);
        Assert.Equal(["Primary"], median.GetInputNames());
        var inputs = median.GetInputs();
        var input = Assert.Single(inputs);
        Assert.Equal<NativeObject>(_input, input!);
        input!.Dispose();

        // A transform set through its decorated input comes back as the same native object.
        using var transform = new AffineTransformD2();
        transform.Translate([2.0, 1.0]);
        using var resample = new ResampleImageFilterF2();
        resample.SetTransformInput(transform);
        using var decorated = resample.GetTransformInput()!;
        Assert.Equal<NativeObject>(transform, decorated);
        using var plain = resample.GetTransform()!;
        Assert.Equal<NativeObject>(transform, plain);
    }

    private int[] Expected(string file)
    {
        using var reader = new ImageFileReaderF2();
        reader.SetFileName(Path.Combine(_folder, file));
        reader.Update();
        using var image = reader.GetOutput()!;
        return Bits(image);
    }

    private static int[] Bits(ImageF2 image) => image.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();
}
