using System.Diagnostics;
using ItkBindGen.Runtime;
using ItkBindGen.Tests.Shared;
using Xunit.Abstractions;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>UpdateAsync on the native core: native-call threads, progress, cancellation, errors, both lock builds.</summary>
public class AsyncUpdateTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GivesTheSamePixelsAsUpdateOnANativeCallThreadWithRisingProgressEndingAtOne()
    {
        using var input = TestImages.Random(300, 200, seed: 3);
        using var expected = new Threaded.MedianImageFilterF2();
        expected.SetInput(input);
        expected.SetRadius(2);
        expected.Update();

        using var median = new Threaded.MedianImageFilterF2();
        median.SetInput(input);
        median.SetRadius(2);
        Thread? updateThread = null;
        median.Started += (_, _) => updateThread = Thread.CurrentThread;
        var progress = new ProgressRecorder();
        await median.UpdateAsync(progress);

        Assert.NotNull(updateThread);
        Assert.False(updateThread.IsThreadPoolThread);
        Assert.StartsWith("ItkBindGen native call", updateThread.Name);
        Assert.NotSame(Thread.CurrentThread, updateThread);
        using var expectedImage = expected.GetOutput()!;
        using var actualImage = median.GetOutput()!;
        Assert.Equal(expectedImage.ToArray(), actualImage.ToArray());

        var values = progress.Values;
        Assert.True(values.Length >= 2, $"{values.Length} progress reports");
        Assert.Equal(1.0, values[^1]);
        for (var i = 1; i < values.Length; i++)
        {
            Assert.True(values[i] > values[i - 1], $"progress fell from {values[i - 1]} to {values[i]}");
        }
    }

    [Fact]
    public async Task CanceledBeforeItStartsMakesNoNativeCall()
    {
        using var input = TestImages.Random(64, 64, seed: 4);
        using var median = new Threaded.MedianImageFilterF2();
        median.SetInput(input);
        var started = 0;
        median.Started += (_, _) => Interlocked.Increment(ref started);
        var modifiedBefore = median.GetMTime();

        var canceled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => median.UpdateAsync(null, new CancellationToken(canceled: true)));

        Assert.True(canceled.CancellationToken.IsCancellationRequested);
        Assert.Equal(0, started);
        Assert.Equal(modifiedBefore, median.GetMTime());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CanceledDuringTheRunStopsTheFilterAndLeavesItUsable(bool threads)
    {
        // Radius 12 on 2048 x 2048 takes far longer than the test waits; progress arrives row by row.
        using var input = threads ? null : LockedImage(2048, 2048);
        using var threadedInput = threads ? TestImages.Random(2048, 2048, seed: 5) : null;
        using var filter = new FilterUnderTest(threads, threadedInput, input, radius: 12);
        using var cts = new CancellationTokenSource();
        var progress = new ProgressRecorder(startedAt: 0.01);
        var started = Stopwatch.StartNew();
        var run = filter.UpdateAsync(progress, cts.Token);

        await progress.Started.WaitAsync(TimeSpan.FromSeconds(60));
        var seen = progress.Values[^1];
        var whole = started.Elapsed / seen;
        var clock = Stopwatch.StartNew();
        await cts.CancelAsync();
        var canceled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(60)));
        var stopped = clock.Elapsed;

        output.WriteLine($"-threads={threads}: canceled at progress {seen:F3} (the whole run would take about {whole.TotalSeconds:F1} s), the task ended {stopped.TotalMilliseconds:F1} ms after the cancel");
        Assert.Equal(cts.Token, canceled.CancellationToken);
        Assert.True(run.IsCanceled);
        Assert.True(stopped < TimeSpan.FromSeconds(2), $"the filter stopped {stopped.TotalMilliseconds} ms after the cancel");
        Assert.True(progress.Values[^1] < 0.5, $"the run was nearly done ({progress.Values[^1]}) when it was canceled");

        // Usable again: the abort flag is clear and a small run gives the synchronous result.
        Assert.False(filter.AbortGenerateData);
        filter.UseSmallInputAndRadius(1);
        await filter.UpdateAsync(null, CancellationToken.None);
        Assert.Equal(filter.SynchronousReference(), filter.OutputPixels());
    }

    [Fact]
    public async Task TheSynchronousRunIsCanceledFromAnotherThreadWhileItHoldsTheLock()
    {
        using var input = LockedImage(2048, 2048);
        using var median = new Locked.MedianImageFilterF2();
        median.SetInput(input);
        median.SetRadius(12);
        using var cts = new CancellationTokenSource();
        var progress = new ProgressRecorder();
        var run = Task.Factory.StartNew(() => NativeUpdate.Run(median, static m => m.Update(), progress, cts.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        await progress.Started.WaitAsync(TimeSpan.FromSeconds(60));
        await cts.CancelAsync();
        var canceled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(cts.Token, canceled.CancellationToken);
        Assert.IsType<ItkProcessAbortedException>(canceled.InnerException);
        Assert.False(median.AbortGenerateData);
    }

    [Fact]
    public async Task AFilterThatFinishesBeforeItChecksStillEndsCanceled()
    {
        using var input = TestImages.Random(64, 64, seed: 6);
        using var median = new Threaded.MedianImageFilterF2();
        median.SetInput(input);
        using var cts = new CancellationTokenSource();
        // EndEvent comes after the filter's last check of the abort flag: the work is done when the cancel arrives.
        median.Ended += (_, _) => cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => median.UpdateAsync(null, cts.Token));

        Assert.False(median.AbortGenerateData);
        using var image = median.GetOutput()!;
        Assert.Equal(64ul * 64ul, (ulong)image.ToArray().Length);
    }

    [Fact]
    public async Task ANativeErrorFaultsTheTaskWithTheTypedException()
    {
        using var median = new Threaded.MedianImageFilterF2();
        var synchronous = Assert.Throws<ItkException>(median.Update);

        var asynchronous = await Assert.ThrowsAsync<ItkException>(() => median.UpdateAsync());

        Assert.Equal(synchronous.Message, asynchronous.Message);
    }

    [Fact]
    public async Task WithoutThreadsTheUpdateHoldsTheLockOnItsOwnThreadNotTheCaller()
    {
        using var input = LockedImage(256, 256);
        using var median = new Locked.MedianImageFilterF2();
        median.SetInput(input);
        median.SetRadius(2);
        bool? heldDuringRun = null;
        median.ProgressChanged += (_, _) => heldDuringRun ??= BindingLock.IsHeldByCurrentThread;

        await median.UpdateAsync();

        Assert.True(heldDuringRun);
        Assert.False(BindingLock.IsHeldByCurrentThread);
    }

    private static Locked.ImageF2 LockedImage(ulong width, ulong height) =>
        Locked.ImageF2.FromPixels(TestImages.RandomPixels(checked((int)(width * height)), seed: 8), width, height);

    // The same median in either module: the test body does not care which lock build it runs on.
    private sealed class FilterUnderTest : IDisposable
    {
        private readonly Threaded.MedianImageFilterF2? _threaded;
        private readonly Locked.MedianImageFilterF2? _locked;
        private IDisposable? _smallInput;

        public FilterUnderTest(bool threads, Threaded.ImageF2? threadedInput, Locked.ImageF2? lockedInput, uint radius)
        {
            if (threads)
            {
                _threaded = new Threaded.MedianImageFilterF2();
                _threaded.SetInput(threadedInput!);
                _threaded.SetRadius(radius);
            }
            else
            {
                _locked = new Locked.MedianImageFilterF2();
                _locked.SetInput(lockedInput!);
                _locked.SetRadius(radius);
            }
        }

        public bool AbortGenerateData => _threaded?.AbortGenerateData ?? _locked!.AbortGenerateData;

        public Task UpdateAsync(IProgress<double>? progress, CancellationToken token) =>
            _threaded?.UpdateAsync(progress, token) ?? _locked!.UpdateAsync(progress, token);

        public void UseSmallInputAndRadius(uint radius)
        {
            if (_threaded is not null)
            {
                var small = TestImages.Random(40, 30, seed: 9);
                _smallInput = small;
                _threaded.SetInput(small);
                _threaded.SetRadius(radius);
            }
            else
            {
                var small = Locked.ImageF2.FromPixels(TestImages.RandomPixels(40 * 30, seed: 9), 40, 30);
                _smallInput = small;
                _locked!.SetInput(small);
                _locked.SetRadius(radius);
            }
        }

        public float[] SynchronousReference()
        {
            using var small = TestImages.Random(40, 30, seed: 9);
            using var median = new Threaded.MedianImageFilterF2();
            median.SetInput(small);
            median.SetRadius(1);
            median.Update();
            using var image = median.GetOutput()!;
            return image.ToArray();
        }

        public float[] OutputPixels()
        {
            if (_threaded is not null)
            {
                using var image = _threaded.GetOutput()!;
                return image.ToArray();
            }
            using var locked = _locked!.GetOutput()!;
            return locked.ToArray();
        }

        public void Dispose()
        {
            _smallInput?.Dispose();
            _threaded?.Dispose();
            _locked?.Dispose();
        }
    }
}
