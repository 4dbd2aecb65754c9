using System.Diagnostics;
using ItkBindGen.Runtime;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>
/// The binding lock around native calls: with -threads two long filter runs overlap, without they serialize
/// (the counterpart of ITK's test_gil_release.py), and a deterministic check that the lock really is released.
/// </summary>
public class ThreadingTests
{
    private const int Runs = 2;

    [Fact]
    public void ThreadedRunsOverlapAndLockedRunsSerialize()
    {
        // One work unit per filter, so the comparison measures the binding, not the filter's own thread pool.
        // Timing on a shared machine is noisy: up to three attempts, each comparing both modules back to back.
        var size = CalibrateImageSize();
        var attempts = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (threadedWall, threadedSum) = RunConcurrently(() => RunThreadedMedian(size));
            var (lockedWall, lockedSum) = RunConcurrently(() => RunLockedMedian(size));
            var threadedRatio = threadedWall / threadedSum;
            var lockedRatio = lockedWall / lockedSum;
            var line = $"image {size}x{size}; -threads wall/sum = {threadedWall:F3}/{threadedSum:F3} s = {threadedRatio:F2}; without = {lockedWall:F3}/{lockedSum:F3} s = {lockedRatio:F2}";
            Console.WriteLine("overlap: " + line);
            attempts.Add(line);
            if (threadedRatio < 0.75 && lockedRatio > 0.9)
            {
                return;
            }
        }
        Assert.Fail("with -threads the runs should overlap (wall/sum < 0.75) and without they should serialize (> 0.9):\n" + string.Join("\n", attempts));
    }

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

    private static (double Wall, double Sum) RunConcurrently(Func<double> run)
    {
        run(); // warm up: first calls load the library and JIT the wrappers
        var durations = new double[Runs];
        var wall = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, Runs).Select(i => new Thread(() => durations[i] = run())).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return (wall.Elapsed.TotalSeconds, durations.Sum());
    }

    private static double RunThreadedMedian(ulong size)
    {
        using var input = Threaded.ImageF2.FromPixels(TestImages.RandomPixels(checked((int)(size * size)), 1), size, size);
        using var median = new Threaded.MedianImageFilterF2();
        median.SetNumberOfWorkUnits(1);
        median.SetInput(input);
        median.SetRadius(2);
        var clock = Stopwatch.StartNew();
        median.Update();
        return clock.Elapsed.TotalSeconds;
    }

    private static double RunLockedMedian(ulong size)
    {
        using var input = Locked.ImageF2.FromPixels(TestImages.RandomPixels(checked((int)(size * size)), 1), size, size);
        using var median = new Locked.MedianImageFilterF2();
        median.SetNumberOfWorkUnits(1);
        median.SetInput(input);
        median.SetRadius(2);
        var clock = Stopwatch.StartNew();
        median.Update();
        return clock.Elapsed.TotalSeconds;
    }

    // About half a second a run on this machine, as in ITK's test.
    private static ulong CalibrateImageSize()
    {
        ulong size = 256;
        var seconds = RunThreadedMedian(size);
        while (seconds < 0.5 && size < 8192)
        {
            var scale = Math.Sqrt(0.5 / Math.Max(seconds, 0.01));
            size = (ulong)Math.Min(8192, Math.Max(size * 1.2, size * Math.Min(scale, 4)));
            seconds = RunThreadedMedian(size);
        }
        return size;
    }
}
