using ItkBindGen.Runtime;
using Threaded = RealItkTest.Threaded;

namespace ItkBindGen.RealItk.Tests;

/// <summary>
/// A C# image filter (a director of ITK 5.2's ImageToImageFilter) between a real ITK median and a real ITK threshold:
/// the same pixels as the same steps in C++ (native/reference_filters.cpp writes managed-chain.mha).
/// </summary>
public class ManagedFilterTests
{
    private sealed class SquarePlusQuarter : Threaded.ImageToImageFilterF2
    {
        public int Runs { get; private set; }

        public bool Fail { get; set; }

        protected override void GenerateData()
        {
            Runs++;
            if (Fail)
            {
                throw new InvalidDataException("the C# filter failed");
            }
            AllocateOutputs();
            using var input = GetInput()!;
            using var output = GetOutput()!;
            using var source = input.GetPixelView();
            using var target = output.GetPixelView();
            for (var i = 0; i < source.Length; i++)
            {
                target.Span[i] = (source.Span[i] * source.Span[i]) + 0.25f;
            }
        }
    }

    [Fact]
    public void MedianCSharpFilterThresholdGivesTheCppPipelinesPixels()
    {
        var folder = Directory.CreateTempSubdirectory("itkbindgen-realitk-managed-").FullName;
        try
        {
            var inputPath = Path.Combine(folder, "input.mha");
            using (var image = Threaded.ImageF2.FromPixels(FilterResultTests.RandomPixels(67 * 41, seed: 7), 67, 41))
            using (var writer = new Threaded.ImageFileWriterF2())
            {
                writer.SetInput(image);
                writer.SetFileName(inputPath);
                writer.Update();
            }
            FilterResultTests.RunReferenceProgram(inputPath, folder);

            using var reader = new Threaded.ImageFileReaderF2();
            reader.SetFileName(inputPath);
            using var median = new Threaded.MedianImageFilterF2();
            using (var read = reader.GetOutput()!)
            {
                median.SetInput(read);
            }
            median.SetRadius(2);
            using var square = new SquarePlusQuarter();
            using (var medianOutput = median.GetOutput()!)
            {
                square.SetInput(medianOutput);
            }
            using var threshold = new Threaded.BinaryThresholdImageFilterF2UC2();
            using (var squared = square.GetOutput()!)
            {
                threshold.SetInput(squared);
            }
            threshold.SetLowerThreshold(0.4f);
            threshold.SetUpperThreshold(0.8f);
            threshold.SetInsideValue(255);
            threshold.SetOutsideValue(0);
            threshold.Update();

            using var mask = threshold.GetOutput()!;
            using var expectedReader = new Threaded.ImageFileReaderUC2();
            expectedReader.SetFileName(Path.Combine(folder, "managed-chain.mha"));
            expectedReader.Update();
            using var expected = expectedReader.GetOutput()!;
            var pixels = mask.ToArray();
            Assert.Equal(expected.ToArray(), pixels);
            Assert.Contains((byte)255, pixels);
            Assert.Contains((byte)0, pixels);
            Assert.Equal(1, square.Runs);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ACSharpExceptionUnwindsThroughItkAndReachesUpdatesCaller()
    {
        using var input = Threaded.ImageF2.FromPixels(FilterResultTests.RandomPixels(16 * 16, seed: 8), 16, 16);
        using var square = new SquarePlusQuarter { Fail = true };
        square.SetInput(input);
        using var median = new Threaded.MedianImageFilterF2();
        using (var squared = square.GetOutput()!)
        {
            median.SetInput(squared);
        }

        var exception = Assert.Throws<ItkException>(median.Update);

        Assert.IsType<InvalidDataException>(exception.InnerException);
        // ITK 5.2 leaves a pipeline that threw (anything but ProcessAborted) marked as updating: ResetPipeline, as in C++.
        square.Fail = false;
        median.ResetPipeline();
        median.Update();
        Assert.Equal(2, square.Runs);
    }

    [Fact]
    public async Task UpdateAsyncRunsTheCSharpFilterOffTheCallersThread()
    {
        using var input = Threaded.ImageF2.FromPixels(FilterResultTests.RandomPixels(32 * 32, seed: 9), 32, 32);
        using var square = new SquarePlusQuarter();
        square.SetInput(input);

        await square.UpdateAsync();

        using var output = square.GetOutput()!;
        Assert.Equal(input.ToArray().Select(v => (v * v) + 0.25f).ToArray(), output.ToArray());
    }
}
