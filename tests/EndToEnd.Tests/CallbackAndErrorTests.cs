using ItkBindGen.Runtime;
using ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

public class CallbackAndErrorTests
{
    [Fact]
    public void ProgressIsReportedOnTheCallingThreadWithTheLockHeld()
    {
        using var input = TestImages.Random(256, 256, seed: 3);
        using var median = new MedianImageFilterF2();
        median.SetInput(input);
        median.SetRadius(1);
        var progress = new List<double>();
        var callerThread = Environment.CurrentManagedThreadId;
        var allOnCaller = true;
        var allLocked = true;
        var started = 0;
        var ended = 0;
        median.Started += (_, _) => started++;
        median.Ended += (_, _) => ended++;
        median.ProgressChanged += (sender, e) =>
        {
            allOnCaller &= Environment.CurrentManagedThreadId == callerThread;
            allLocked &= BindingLock.IsHeldByCurrentThread;
            Assert.Same(median, sender);
            progress.Add(e.Progress);
        };

        median.Update();

        Assert.Equal(1, started);
        Assert.Equal(1, ended);
        Assert.True(allOnCaller, "progress must be raised on the thread that called Update");
        Assert.True(allLocked, "handlers run with the binding lock held");
        Assert.NotEmpty(progress);
        Assert.Equal(progress.Order().ToList(), progress);
        Assert.Equal(1.0, progress[^1], 6);
        Assert.False(BindingLock.IsHeldByCurrentThread);
    }

    [Fact]
    public void AbortFromAProgressHandlerEndsAsCanceled()
    {
        using var input = TestImages.Random(512, 512, seed: 4);
        using var median = new MedianImageFilterF2();
        median.SetInput(input);
        median.SetRadius(2);
        median.ProgressChanged += (_, _) => median.AbortGenerateDataOn();
        Assert.ThrowsAny<OperationCanceledException>(median.Update);
    }

    [Fact]
    public void HandlerExceptionsReachTheCaller()
    {
        using var input = TestImages.Random(64, 64, seed: 5);
        using var median = new MedianImageFilterF2();
        median.SetInput(input);
        median.Started += (_, _) => throw new InvalidOperationException("from the handler");
        var exception = Assert.Throws<InvalidOperationException>(median.Update);
        Assert.Equal("from the handler", exception.Message);
    }

    [Theory]
    [InlineData(0, typeof(ItkException))]
    [InlineData(1, typeof(ItkProcessAbortedException))]
    [InlineData(2, typeof(OutOfMemoryException))]
    [InlineData(3, typeof(ItkArgumentException))]
    [InlineData(4, typeof(ItkRangeException))]
    [InlineData(5, typeof(NativeException))]
    [InlineData(6, typeof(NativeException))]
    public void CppExceptionsArriveAsMappedExceptions(int kind, Type expected)
    {
        var exception = Assert.ThrowsAny<Exception>(() => TestHooks.Throw(kind, "message " + kind));
        Assert.IsType(expected, exception);
        if (kind != 2 && kind != 6)
        {
            Assert.Contains("message " + kind, exception.Message);
        }
        Assert.False(BindingLock.IsHeldByCurrentThread);
    }

    [Fact]
    public void MissingInputIsAnItkExceptionWithFileAndLine()
    {
        using var median = new MedianImageFilterF2();
        var exception = Assert.Throws<ItkException>(median.Update);
        Assert.False(string.IsNullOrEmpty(exception.Details.File));
        Assert.True(exception.Details.Line > 0);
        Assert.False(string.IsNullOrEmpty(exception.Details.Description));
    }

    [Fact]
    public void UseAfterDisposeThrowsObjectDisposed()
    {
        var median = new MedianImageFilterF2();
        median.Dispose();
        Assert.Throws<ObjectDisposedException>(() => median.SetRadius(1));
    }

    [Fact]
    public void DisposingDuringAnotherThreadsCallDoesNotFreeTheObjectUnderIt()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = TestHooks.GetLiveObjectCount();
        using (var input = TestImages.Random(768, 768, seed: 6))
        {
            var median = new MedianImageFilterF2();
            median.SetInput(input);
            median.SetRadius(2);
            median.SetNumberOfWorkUnits(1);
            using var running = new ManualResetEventSlim();
            median.Started += (_, _) => running.Set();
            var update = new Thread(median.Update);
            update.Start();
            Assert.True(running.Wait(TimeSpan.FromSeconds(30)), "the update never started");
            median.Dispose();
            Assert.Throws<ObjectDisposedException>(() => median.SetRadius(1));
            Assert.True(update.Join(TimeSpan.FromSeconds(60)), "the update did not finish");
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Equal(before, TestHooks.GetLiveObjectCount());
    }

    [Fact]
    public void ManyThreadsCreateUpdateAndDisposeWithObserversAndLeaveNothingAlive()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = TestHooks.GetLiveObjectCount();
        var events = 0L;
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            var pixels = TestImages.RandomPixels(16 * 16, t);
            for (var i = 0; i < 1000; i++)
            {
                using var input = ImageF2.FromPixels(pixels, 16, 16);
                using var median = new MedianImageFilterF2();
                median.ProgressChanged += (_, _) => Interlocked.Increment(ref events);
                median.Ended += (_, _) => Interlocked.Increment(ref events);
                median.SetInput(input);
                median.SetRadius(1);
                median.SetNumberOfWorkUnits(1);
                median.Update();
                using var output = median.GetOutput();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        Assert.All(threads, t => Assert.True(t.Join(TimeSpan.FromMinutes(3)), "a thread did not finish: deadlock?"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.True(events >= 8 * 1000 * 2, $"only {events} events were delivered");
        Assert.Equal(before, TestHooks.GetLiveObjectCount());
    }
}
