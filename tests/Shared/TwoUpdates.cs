using System.Diagnostics;
using ItkBindGen.Runtime;

namespace ItkBindGen.Tests.Shared;

/// <summary>
/// Two filter updates on two threads, each of which, in its StartEvent handler (inside the filter's Update, on the
/// calling thread), waits for the other to start too. The handler records how deep the binding lock is held there:
/// 1 is the handler's own hold (the wrapped call released the lock), 2 means the wrapped call holds it for the whole
/// update. Only in the first case does the handler release the lock while it waits, so with -threads both updates
/// are inside the filter at once whatever the load, and without -threads the second cannot begin before the first
/// has ended: the first handler's wait runs out. No wall-time ratio is involved.
/// </summary>
internal static class TwoUpdates
{
    /// <summary>One update: how to subscribe to its StartEvent and EndEvent, how to run it, what to dispose after.</summary>
    public sealed record Update(Action<EventHandler, EventHandler> Subscribe, Action Run, params IDisposable[] Resources);

    /// <summary>What one update saw inside the filter, in seconds from the start of the pair.</summary>
    public readonly record struct Seen(double Start, double End, int LockDepth, bool OtherStartedMeanwhile)
    {
        public override string ToString() =>
            $"inside {Start:F3}..{End:F3} s, lock depth {LockDepth}, the other {(OtherStartedMeanwhile ? "started meanwhile" : "did not start meanwhile")}";
    }

    /// <summary>With -threads: both updates are inside the filter at once, each holding only its handler's lock.</summary>
    public static void AssertInsideTogether(Func<Update> create)
    {
        var (first, second) = Run(create, TimeSpan.FromSeconds(60));
        var seen = $"first {first}; second {second}";
        Console.WriteLine($"-threads: {seen}");
        Assert.True(first.LockDepth == 1 && second.LockDepth == 1, $"inside the filter only the handler's own hold of the binding lock: {seen}");
        Assert.True(first.OtherStartedMeanwhile, $"the second update should enter the filter while the first is inside: {seen}");
        Assert.True(second.Start < first.End, $"both updates inside the filter at once: {seen}");
    }

    /// <summary>Without -threads: the second update waits for the binding lock the first holds inside the filter.</summary>
    public static void AssertTakeTurns(Func<Update> create)
    {
        var (first, second) = Run(create, TimeSpan.FromSeconds(1));
        var seen = $"first {first}; second {second}";
        Console.WriteLine($"without -threads: {seen}");
        Assert.True(first.LockDepth == 2 && second.LockDepth == 2, $"the wrapped Update holds the binding lock inside the filter: {seen}");
        Assert.False(first.OtherStartedMeanwhile, $"the second update should wait for the lock while the first is inside: {seen}");
        Assert.True(second.Start >= first.End, $"the second update enters the filter after the first has left: {seen}");
    }

    /// <summary>Runs both updates, each waiting inside the filter at most <paramref name="wait"/> for the other.</summary>
    private static (Seen First, Seen Second) Run(Func<Update> create, TimeSpan wait)
    {
        var clock = Stopwatch.StartNew();
        var seen = new Seen[2];
        var started = new[] { new ManualResetEventSlim(), new ManualResetEventSlim() };
        var updates = Enumerable.Range(0, 2).Select(i =>
        {
            var update = create();
            update.Subscribe(
                (_, _) =>
                {
                    var depth = BindingLock.CurrentDepth;
                    seen[i] = seen[i] with { Start = clock.Elapsed.TotalSeconds, LockDepth = depth };
                    started[i].Set();
                    bool other;
                    if (depth == 1)
                    {
                        using (BindingLock.Release())
                        {
                            other = started[1 - i].Wait(wait);
                        }
                    }
                    else
                    {
                        other = started[1 - i].Wait(wait);
                    }
                    seen[i] = seen[i] with { OtherStartedMeanwhile = other };
                },
                (_, _) => seen[i] = seen[i] with { End = clock.Elapsed.TotalSeconds });
            return update;
        }).ToList();
        var threads = updates.Select(update => new Thread(() => update.Run())).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        updates.SelectMany(update => update.Resources).ToList().ForEach(resource => resource.Dispose());
        return seen[0].Start <= seen[1].Start ? (seen[0], seen[1]) : (seen[1], seen[0]);
    }
}
