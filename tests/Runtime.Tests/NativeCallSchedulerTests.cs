namespace ItkBindGen.Runtime.Tests;

public class NativeCallSchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunsOnItsOwnThreadsNeverMoreThanTheLimitAtOnce()
    {
        var scheduler = new NativeCallScheduler(2, "scheduler test");
        var running = 0;
        var peak = 0;
        var threads = new System.Collections.Concurrent.ConcurrentBag<Thread>();
        var tasks = Enumerable.Range(0, 8).Select(_ => scheduler.Run(() =>
        {
            threads.Add(Thread.CurrentThread);
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            Thread.Sleep(30);
            Interlocked.Decrement(ref running);
        })).ToArray();

        await Task.WhenAll(tasks).WaitAsync(Patience);

        Assert.Equal(2, peak);
        Assert.All(threads, t => Assert.False(t.IsThreadPoolThread));
        Assert.All(threads, t => Assert.StartsWith("scheduler test #", t.Name));
        Assert.InRange(threads.Distinct().Count(), 1, 2);
    }

    [Fact]
    public async Task WorkCanceledWhileItWaitsNeverRuns()
    {
        var scheduler = new NativeCallScheduler(1);
        using var release = new ManualResetEventSlim();
        var blockerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = scheduler.Run(() =>
        {
            blockerStarted.SetResult();
            release.Wait();
        });
        await blockerStarted.Task.WaitAsync(Patience);
        using var cts = new CancellationTokenSource();
        var ran = false;
        var queued = scheduler.Run(() => ran = true, cts.Token);
        Assert.Equal(1, scheduler.QueuedCount);

        await cts.CancelAsync();
        var canceled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.WaitAsync(Patience));
        release.Set();
        await blocker.WaitAsync(Patience);
        await scheduler.Run(() => { }).WaitAsync(Patience);

        Assert.Equal(cts.Token, canceled.CancellationToken);
        Assert.False(ran);
        Assert.True(queued.IsCanceled);
    }

    [Fact]
    public async Task RaisingTheLimitStartsWaitingWork()
    {
        var scheduler = new NativeCallScheduler(1);
        using var release = new ManualResetEventSlim();
        var first = scheduler.Run(release.Wait);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = scheduler.Run(() =>
        {
            secondStarted.SetResult();
            release.Wait();
        });
        await Task.Delay(100);
        Assert.False(secondStarted.Task.IsCompleted);

        scheduler.MaximumConcurrency = 2;
        await secondStarted.Task.WaitAsync(Patience);
        Assert.Equal(2, scheduler.RunningCount);
        release.Set();
        await Task.WhenAll(first, second).WaitAsync(Patience);
    }

    [Fact]
    public async Task ExceptionsFaultTheTaskAndContinuationsLeaveTheNativeThread()
    {
        var scheduler = new NativeCallScheduler(1);
        Thread? worker = null;
        var failing = scheduler.Run(() =>
        {
            worker = Thread.CurrentThread;
            throw new InvalidTimeZoneException("boom");
        });

        var exception = await Assert.ThrowsAsync<InvalidTimeZoneException>(() => failing);
        Assert.Equal("boom", exception.Message);
        Assert.NotSame(worker, Thread.CurrentThread);
        Assert.Equal(42, await scheduler.Run(() => 42));
    }

    [Fact]
    public void TheLimitIsAtLeastOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativeCallScheduler(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NativeCallScheduler.Default.MaximumConcurrency = 0);
        Assert.Equal(Environment.ProcessorCount, NativeCallScheduler.Default.MaximumConcurrency);
    }

    [Fact]
    public async Task ItsThreadsTakeTheNicenessSetAndTheThreadsTheyStartInheritIt() // Linux: a nice value a thread
    {
        var processNice = Nice("/proc/self/stat");
        var wanted = Math.Min(19, processNice + 3); // above the process's: lowering a priority needs no privilege
        var scheduler = new NativeCallScheduler(1) { ThreadNiceness = wanted };
        var (own, child) = await scheduler.Run(() =>
        {
            var started = 0;
            var inner = new Thread(() => started = Nice("/proc/thread-self/stat"));
            inner.Start();
            inner.Join();
            return (Nice("/proc/thread-self/stat"), started);
        }).WaitAsync(Patience);
        Assert.Equal(wanted, own);
        Assert.Equal(wanted, child);

        var plain = new NativeCallScheduler(1);
        Assert.Equal(processNice, await plain.Run(() => Nice("/proc/thread-self/stat")).WaitAsync(Patience));
        Assert.Throws<ArgumentOutOfRangeException>(() => plain.ThreadNiceness = 20);
        Assert.Throws<ArgumentOutOfRangeException>(() => plain.ThreadNiceness = -1);
    }

    // The nice value, field 19 of a /proc stat file (after the parenthesised command name, which may hold spaces).
    private static int Nice(string statPath)
    {
        var text = File.ReadAllText(statPath);
        return int.Parse(text[(text.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
