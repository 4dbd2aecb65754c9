using System.Diagnostics;
using System.Globalization;
using System.Text;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.Benchmarks;

/// <summary>
/// Throughput of MedianImageFilter runs from 1, 2 and 4 .NET threads, each thread with its own filter and
/// one work unit, so that any speedup comes from the binding letting calls overlap. Three workloads: a long
/// filter run, many short runs on a 64x64 image, and bare getter calls where the lock traffic is all there is.
/// </summary>
internal static class ConcurrencyScaling
{
    // Each configuration is measured this many times; the fastest wall time counts (the machine is shared).
    private const int Repeats = 7;

    // Wrapped getter calls in one run of the getter-only workload.
    private const int GetterCallsPerRun = 1000;

    /// <summary>Measures every workload; returns the markdown table and the rows of the target table.</summary>
    public static (string Table, string Targets) Run(TextWriter log)
    {
        var report = new StringBuilder();
        var targets = new StringBuilder();
        var (longSize, longMilliseconds) = CalibrateSize(log, targetMilliseconds: 40);
        var controlIterations = CalibrateSpin(longMilliseconds);
        var workloads = new[]
        {
            new Workload($"median r2 {longSize}x{longSize}", longSize, Radius: 2, RunsPerThread: 10, ThreadCounts: [1, 2, 4], ControlIterations: controlIterations),
            new Workload("median r1 64x64 (short runs)", 64, Radius: 1, RunsPerThread: 400, ThreadCounts: [1, 2]),
            new Workload("getter only, 1000 calls a run", 64, Radius: 1, RunsPerThread: 200, ThreadCounts: [1, 2], GetterOnly: true),
        };

        report.AppendLine("| workload | bindings | threads | runs | wall (ms) | runs/s | speedup vs 1 thread |");
        report.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var workload in workloads)
        {
            var modules = Modules(workload).ToList();
            // Repeats interleave the bindings and thread counts, so a burst of load elsewhere hits them alike.
            var best = new Dictionary<(string, int), TimeSpan>();
            for (var repeat = 0; repeat < Repeats; repeat++)
            {
                foreach (var (name, factory) in modules)
                {
                    foreach (var threads in workload.ThreadCounts)
                    {
                        var wall = Measure(factory, threads, workload.RunsPerThread);
                        best[(name, threads)] = best.TryGetValue((name, threads), out var known) && known < wall ? known : wall;
                    }
                }
            }

            foreach (var (name, _) in modules)
            {
                var oneThreadRate = workload.RunsPerThread / best[(name, 1)].TotalSeconds;
                foreach (var threads in workload.ThreadCounts)
                {
                    var runs = threads * workload.RunsPerThread;
                    var wall = best[(name, threads)];
                    var rate = runs / wall.TotalSeconds;
                    var line = string.Create(CultureInfo.InvariantCulture,
                        $"| {workload.Name} | {name} | {threads} | {runs} | {wall.TotalMilliseconds:F1} | {rate:F1} | {rate / oneThreadRate:F2} |");
                    log.WriteLine(line);
                    report.AppendLine(line);
                    if (workload == workloads[0] && threads == 2 && name != ControlName)
                    {
                        var speedup = rate / oneThreadRate;
                        var threaded = name == "-threads";
                        CallOverheadReport.Row(targets,
                            threaded ? "2 threads with `-threads`: speedup >= 1.8" : "2 threads without `-threads`: speedup about 1.0",
                            speedup.ToString("F2", CultureInfo.InvariantCulture),
                            threaded ? speedup >= 1.8 : Math.Abs(speedup - 1.0) <= 0.15);
                    }
                }
            }
        }

        return (report.ToString(), targets.ToString());
    }

    // The control: managed work of about one median run with no binding, for the parallelism the machine offers.
    private const string ControlName = "no binding (CPU ceiling)";

    private static IEnumerable<(string Name, Func<Action> Factory)> Modules(Workload workload)
    {
        yield return ("-threads", () => ThreadedRun(workload));
        yield return ("without -threads", () => LockedRun(workload));
        if (workload.ControlIterations > 0)
        {
            yield return (ControlName, () => () => Spin(workload.ControlIterations));
        }
    }

    private static ulong Spin(long iterations)
    {
        var x = 88172645463325252UL;
        for (long i = 0; i < iterations; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        return x;
    }

    // Runs one workload instance per thread, all started together; returns the wall time.
    private static TimeSpan Measure(Func<Action> factory, int threads, int runsPerThread)
    {
        var runs = Enumerable.Range(0, threads).Select(_ => factory()).ToArray();
        foreach (var run in runs)
        {
            run(); // warm up: JIT, first allocation of the output
        }

        using var start = new Barrier(threads + 1);
        var workers = runs.Select(run => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < runsPerThread; i++)
            {
                run();
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        start.SignalAndWait();
        var clock = Stopwatch.StartNew();
        workers.ForEach(w => w.Join());
        return clock.Elapsed;
    }

    private static Action ThreadedRun(Workload workload)
    {
        var input = Threaded.ImageF2.FromPixels(Pixels(workload.Size), (ulong)workload.Size, (ulong)workload.Size);
        var filter = new Threaded.MedianImageFilterF2();
        filter.SetNumberOfWorkUnits(1);
        filter.SetRadius((ulong)workload.Radius);
        filter.SetInput(input);
        if (workload.GetterOnly)
        {
            return () =>
            {
                for (var i = 0; i < GetterCallsPerRun; i++)
                {
                    filter.GetNumberOfWorkUnits();
                }
            };
        }

        return () =>
        {
            filter.Modified();
            filter.Update();
            GC.KeepAlive(input);
        };
    }

    private static Action LockedRun(Workload workload)
    {
        var input = Locked.ImageF2.FromPixels(Pixels(workload.Size), (ulong)workload.Size, (ulong)workload.Size);
        var filter = new Locked.MedianImageFilterF2();
        filter.SetNumberOfWorkUnits(1);
        filter.SetRadius((ulong)workload.Radius);
        filter.SetInput(input);
        if (workload.GetterOnly)
        {
            return () =>
            {
                for (var i = 0; i < GetterCallsPerRun; i++)
                {
                    filter.GetNumberOfWorkUnits();
                }
            };
        }

        return () =>
        {
            filter.Modified();
            filter.Update();
            GC.KeepAlive(input);
        };
    }

    // The image side whose radius-2 median takes about the target time on one thread here.
    private static (int Size, double Milliseconds) CalibrateSize(TextWriter log, double targetMilliseconds)
    {
        var size = 128;
        while (true)
        {
            var run = ThreadedRun(new Workload("calibration", size, 2, 1, [1]));
            run();
            var clock = Stopwatch.StartNew();
            run();
            var ms = clock.Elapsed.TotalMilliseconds;
            if (ms >= targetMilliseconds * 0.7 || size >= 4096)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibrated: {size}x{size} median r2 takes {ms:F1} ms"));
                return (size, ms);
            }

            size = Math.Min(4096, (int)(size * Math.Clamp(Math.Sqrt(targetMilliseconds / Math.Max(ms, 0.1)), 1.2, 4)));
        }
    }

    // Spin iterations that take about as long as one median run.
    private static long CalibrateSpin(double milliseconds)
    {
        const long probe = 10_000_000;
        Spin(probe);
        var clock = Stopwatch.StartNew();
        Spin(probe);
        return Math.Max(1, (long)(probe * milliseconds / Math.Max(clock.Elapsed.TotalMilliseconds, 0.1)));
    }

    private static float[] Pixels(int size)
    {
        var random = new Random(size);
        var pixels = new float[size * size];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextSingle();
        }
        return pixels;
    }

    private sealed record Workload(string Name, int Size, int Radius, int RunsPerThread, int[] ThreadCounts, bool GetterOnly = false, long ControlIterations = 0);
}
