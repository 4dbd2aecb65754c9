using System.Diagnostics;
using ItkBindGen.Runtime;
using ItkBindGen.Tests.Shared;
using Xunit.Abstractions;
using Locked = RealItkTest.Locked;
using Threaded = RealItkTest.Threaded;

namespace ItkBindGen.RealItk.Tests;

/// <summary>UpdateAsync on real ITK 5.2 filters: same pixels, progress, and cancellation through ITK's abort flag.</summary>
public class AsyncUpdateTests(ITestOutputHelper output)
{

    [Fact]
    public async Task GivesTheSamePixelsAsUpdateWithRisingProgressEndingAtOne()
    {
        using var input = Threaded.ImageF2.FromPixels(FilterResultTests.RandomPixels(200 * 150, seed: 21), 200, 150);
        using var expected = new Threaded.MedianImageFilterF2();
        expected.SetInput(input);
        expected.Update();
        using var median = new Threaded.MedianImageFilterF2();
        median.SetInput(input);
        var progress = new ProgressRecorder();

        await median.UpdateAsync(progress);

        using var expectedImage = expected.GetOutput()!;
        using var actualImage = median.GetOutput()!;
        Assert.Equal(expectedImage.ToArray(), actualImage.ToArray());
        var values = progress.Values;
        Assert.Equal(1.0, values[^1]);
        Assert.True(values.Zip(values.Skip(1)).All(p => p.Second > p.First), string.Join(", ", values));
    }

    [Fact]
    public async Task CanceledBeforeItStartsMakesNoItkCall()
    {
        using var input = Threaded.ImageF2.FromPixels(FilterResultTests.RandomPixels(64 * 64, seed: 23), 64, 64);
        using var median = new Threaded.MedianImageFilterF2();
        median.SetInput(input);
        var started = 0;
        median.Started += (_, _) => Interlocked.Increment(ref started);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => median.UpdateAsync(null, new CancellationToken(canceled: true)));

        Assert.Equal(0, started);
    }

    [Fact]
    public async Task AnItkErrorFaultsTheTaskWithTheTypedException()
    {
        using var reader = new Threaded.ImageFileReaderF2();
        reader.SetFileName("/nonexistent/image.mha");
        var synchronous = Assert.ThrowsAny<ItkException>(reader.Update);

        var asynchronous = await Assert.ThrowsAnyAsync<ItkException>(() => reader.UpdateAsync());

        Assert.Equal(synchronous.GetType(), asynchronous.GetType());
        Assert.Equal(synchronous.Message, asynchronous.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CancelingStopsTheItkFilterAndLeavesItUsable(bool threads)
    {
        const ulong Size = 2048;
        var pixels = FilterResultTests.RandomPixels(checked((int)(Size * Size)), seed: 22);
        using var cts = new CancellationTokenSource();
        var progress = new ProgressRecorder();
        Task run;
        Func<bool> abortFlag;
        Func<Task> rerun;
        IDisposable[] owned;
        if (threads)
        {
            var input = Threaded.ImageF2.FromPixels(pixels, Size, Size);
            var median = new Threaded.MedianImageFilterF2();
            median.SetInput(input);
            median.SetRadius(10);
            run = median.UpdateAsync(progress, cts.Token);
            abortFlag = () => median.AbortGenerateData;
            rerun = () => { median.SetRadius(0); return median.UpdateAsync(); };
            owned = [median, input];
        }
        else
        {
            var input = Locked.ImageF2.FromPixels(pixels, Size, Size);
            var median = new Locked.MedianImageFilterF2();
            median.SetInput(input);
            median.SetRadius(10);
            run = median.UpdateAsync(progress, cts.Token);
            abortFlag = () => median.AbortGenerateData;
            rerun = () => { median.SetRadius(0); return median.UpdateAsync(); };
            owned = [median, input];
        }
        try
        {
            await progress.Started.WaitAsync(TimeSpan.FromSeconds(120));
            var clock = Stopwatch.StartNew();
            await cts.CancelAsync();
            var canceled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(120)));
            output.WriteLine($"real ITK, -threads={threads}: the task ended {clock.Elapsed.TotalMilliseconds:F1} ms after the cancel, at progress {progress.Values[^1]:F3}");

            Assert.Equal(cts.Token, canceled.CancellationToken);
            Assert.True(progress.Values[^1] < 1.0, "the filter ran to its end");
            Assert.False(abortFlag());
            await rerun().WaitAsync(TimeSpan.FromSeconds(120));
        }
        finally
        {
            foreach (var disposable in owned)
            {
                disposable.Dispose();
            }
        }
    }
}
