using ItkBindGen.Runtime;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>
/// An image filter written in C# (GenerateData of ImageToImageFilterF2, a director) inside a native pipeline:
/// upstream and downstream native filters, re-runs on Modified(), progress, abort and exceptions.
/// </summary>
public class ManagedFilterTests
{
    // out = in * in + Offset, with progress half way and at the end; optionally fails or checks the abort flag.
    private sealed class SquarePlus : Threaded.ImageToImageFilterF2
    {
        private float _offset;

        public int Runs { get; private set; }

        public Thread? RanOn { get; private set; }

        public bool HeldTheLock { get; private set; }

        public bool Fail { get; set; }

        public float Offset
        {
            get => _offset;
            set
            {
                _offset = value;
                Modified();
            }
        }

        protected override void GenerateData()
        {
            Runs++;
            RanOn = Thread.CurrentThread;
            HeldTheLock = BindingLock.IsHeldByCurrentThread;
            if (Fail)
            {
                throw new InvalidDataException("GenerateData failed in C#");
            }
            AllocateOutputs();
            using var input = GetInput()!;
            using var output = GetOutput()!;
            using var source = input.GetPixelView();
            using var target = output.GetPixelView();
            var half = source.Length / 2;
            for (var i = 0; i < source.Length; i++)
            {
                target.Span[i] = (source.Span[i] * source.Span[i]) + _offset;
                if (i == half)
                {
                    UpdateProgress(0.5f);
                    if (GetAbortGenerateData())
                    {
                        return; // ITK throws ProcessAborted when GenerateData returns with the flag set
                    }
                }
            }
        }
    }

    [Fact]
    public void ReaderCSharpFilterMedianWriterGivesTheSamePixelsAsTheStepsOneByOne()
    {
        var folder = TestImages.TempFolder();
        try
        {
            using var image = TestImages.Random(61, 47, seed: 31);
            var inputPath = Path.Combine(folder, "input.mha");
            var outputPath = Path.Combine(folder, "output.mha");
            using (var writer = new Threaded.ImageFileWriterF2())
            {
                writer.SetInput(image);
                writer.SetFileName(inputPath);
                writer.Update();
            }

            using var reader = new Threaded.ImageFileReaderF2();
            reader.SetFileName(inputPath);
            using var square = new SquarePlus { Offset = 0.25f };
            using (var read = reader.GetOutput()!)
            {
                square.SetInput(read);
            }
            using var median = new Threaded.MedianImageFilterF2();
            using (var squared = square.GetOutput()!)
            {
                median.SetInput(squared);
            }
            median.SetRadius(1);
            using var pipelineWriter = new Threaded.ImageFileWriterF2();
            using (var filtered = median.GetOutput()!)
            {
                pipelineWriter.SetInput(filtered);
            }
            pipelineWriter.SetFileName(outputPath);
            pipelineWriter.Update();

            // The same steps one by one: the square in C#, then a median of its own.
            var expectedSquare = image.ToArray().Select(v => (v * v) + 0.25f).ToArray();
            using var squaredImage = Threaded.ImageF2.FromPixels(expectedSquare, 61, 47);
            using var alone = new Threaded.MedianImageFilterF2();
            alone.SetInput(squaredImage);
            alone.SetRadius(1);
            alone.Update();
            using var expected = alone.GetOutput()!;
            using var check = new Threaded.ImageFileReaderF2();
            check.SetFileName(outputPath);
            check.Update();
            using var actual = check.GetOutput()!;

            Assert.Equal(1, square.Runs);
            Assert.Equal(expected.ToArray(), actual.ToArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ItReRunsOnlyWhenModifiedAndReportsProgress()
    {
        using var image = TestImages.Random(32, 16, seed: 32);
        using var square = new SquarePlus();
        square.SetInput(image);
        using var median = new Threaded.MedianImageFilterF2();
        using (var squared = square.GetOutput()!)
        {
            median.SetInput(squared);
        }
        var progress = new List<double>();
        square.ProgressChanged += (_, e) => progress.Add(e.Progress);

        median.Update();
        median.Update();
        Assert.Equal(1, square.Runs);
        square.Offset = 1;
        median.Update();

        Assert.Equal(2, square.Runs);
        Assert.Contains(0.5, progress);
        Assert.Equal(1.0, progress[^1]);
        using var output = square.GetOutput()!;
        Assert.Equal(image.ToArray().Select(v => (v * v) + 1).ToArray(), output.ToArray());
    }

    [Fact]
    public void AnExceptionInGenerateDataFailsTheDownstreamUpdateWithItInsideAndThePipelineRecovers()
    {
        using var image = TestImages.Random(16, 16, seed: 33);
        using var square = new SquarePlus { Fail = true };
        square.SetInput(image);
        using var median = new Threaded.MedianImageFilterF2();
        using (var squared = square.GetOutput()!)
        {
            median.SetInput(squared);
        }

        var exception = Assert.Throws<ItkException>(median.Update);

        var inner = Assert.IsType<InvalidDataException>(exception.InnerException);
        Assert.Equal("GenerateData failed in C#", inner.Message);
        Assert.Contains("GenerateData", inner.StackTrace, StringComparison.Ordinal);
        square.Fail = false;
        square.Modified();
        median.Update();
        Assert.Equal(2, square.Runs);
    }

    [Fact]
    public void AbortingInAProgressHandlerStopsTheCSharpFilter()
    {
        using var image = TestImages.Random(16, 16, seed: 34);
        using var square = new SquarePlus();
        square.SetInput(image);
        square.ProgressChanged += (_, e) =>
        {
            if (e.Progress is > 0 and < 1)
            {
                square.AbortGenerateDataOn();
            }
        };

        Assert.Throws<ItkProcessAbortedException>(square.Update);
    }

    [Fact]
    public async Task UpdateAsyncRunsTheCSharpFilterOnANativeCallThreadUnderTheLock()
    {
        using var image = TestImages.Random(64, 64, seed: 35);
        using var square = new SquarePlus();
        square.SetInput(image);
        using var median = new Threaded.MedianImageFilterF2();
        using (var squared = square.GetOutput()!)
        {
            median.SetInput(squared);
        }

        await median.UpdateAsync();

        Assert.Equal(1, square.Runs);
        Assert.NotSame(Thread.CurrentThread, square.RanOn);
        Assert.StartsWith("ItkBindGen native call", square.RanOn!.Name);
        Assert.True(square.HeldTheLock);
    }
}
