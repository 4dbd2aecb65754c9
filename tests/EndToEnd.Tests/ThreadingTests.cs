using ItkBindGen.Runtime;
using ItkBindGen.Tests.Shared;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>
/// The binding lock around native calls, proven without timing: a native call that blocks until another thread has
/// taken the binding lock completes with -threads and is detected as blocked without; two filter updates that wait
/// for each other inside the filter are inside it at once with -threads and take turns without. Wall-time figures
/// of the same are the demo's (samples/MedianDemo) and the benchmarks' (tests/Benchmarks, concurrency scaling).
/// </summary>
public class ThreadingTests
{
    private const ulong Size = 64;

    [Fact]
    public void ThreadedUpdatesAreInsideTheFilterTogether() => TwoUpdates.AssertInsideTogether(ThreadedMedian);

    [Fact]
    public void LockedUpdatesTakeTurnsInsideTheFilter() => TwoUpdates.AssertTakeTurns(LockedMedian);

    [Fact]
    public void ThreadedCallReleasesTheLockItWasCalledWith()
    {
        // The native call waits until another thread has taken the binding lock; it can only see that if the lock was released.
        Assert.True(CallWhileAnotherThreadAcquires(timeoutMs => Threaded.TestHooks.WaitForSignal(timeoutMs), Threaded.TestHooks.Signal, Threaded.TestHooks.ResetSignal));
    }

    [Fact]
    public void LockedCallHoldsTheLockAndIsDetectedAsBlocked()
    {
        Assert.False(CallWhileAnotherThreadAcquires(timeoutMs => Locked.TestHooks.WaitForSignal(timeoutMs), Locked.TestHooks.Signal, Locked.TestHooks.ResetSignal));
    }

    private static bool CallWhileAnotherThreadAcquires(Func<uint, bool> wait, Action signal, Action reset)
    {
        reset();
        var started = new ManualResetEventSlim();
        var helper = Task.Run(() =>
        {
            started.Wait();
            using (BindingLock.Acquire())
            {
                signal();
            }
        });
        bool signalled;
        using (BindingLock.Acquire())
        {
            started.Set();
            signalled = wait(1500);
        }
        Assert.True(helper.Wait(TimeSpan.FromSeconds(30)), "the helper thread never got the lock");
        return signalled;
    }

    private static TwoUpdates.Update ThreadedMedian()
    {
        var input = Threaded.ImageF2.FromPixels(TestImages.RandomPixels(checked((int)(Size * Size)), 1), Size, Size);
        var median = new Threaded.MedianImageFilterF2();
        median.SetNumberOfWorkUnits(1);
        median.SetInput(input);
        median.SetRadius(2);
        return new((started, ended) => { median.Started += started; median.Ended += ended; }, median.Update, median, input);
    }

    private static TwoUpdates.Update LockedMedian()
    {
        var input = Locked.ImageF2.FromPixels(TestImages.RandomPixels(checked((int)(Size * Size)), 1), Size, Size);
        var median = new Locked.MedianImageFilterF2();
        median.SetNumberOfWorkUnits(1);
        median.SetInput(input);
        median.SetRadius(2);
        return new((started, ended) => { median.Started += started; median.Ended += ended; }, median.Update, median, input);
    }
}
