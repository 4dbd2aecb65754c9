// Generates an image, filters it with the generated bindings, and runs one filter on two threads
// with and without the binding lock released, printing when each run starts and ends.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "median-demo-output");
Directory.CreateDirectory(output);
const ulong Size = 1024;
var pixels = MakeNoisyGradient(Size);

using (var input = Threaded.ImageF2.FromPixels(pixels, Size, Size))
{
    Write(input, Path.Combine(output, "input.mha"));

    using var median = new Threaded.MedianImageFilterF2();
    median.SetInput(input);
    median.SetRadius(3);
    median.ProgressChanged += (_, e) => DrawProgress("median r=3", e.Progress);
    median.Update();
    Console.WriteLine();
    Write(median.GetOutput()!, Path.Combine(output, "median.mha"));

    using var gaussian = new Threaded.DiscreteGaussianImageFilterF2();
    gaussian.SetInput(input);
    gaussian.SetVariance(4.0);
    gaussian.Update();
    Write(gaussian.GetOutput()!, Path.Combine(output, "gaussian.mha"));

    using var threshold = new Threaded.BinaryThresholdImageFilterF2UC2();
    threshold.SetInput(median.GetOutput()!);
    threshold.SetLowerThreshold(0.5f);
    threshold.SetUpperThreshold(2.0f);
    threshold.Update();
    using var mask = threshold.GetOutput()!;
    using var maskWriter = new Threaded.ImageFileWriterUC2();
    maskWriter.SetInput(mask);
    maskWriter.SetFileName(Path.Combine(output, "threshold.mha"));
    maskWriter.Update();
    Console.WriteLine($"wrote input, median, gaussian and threshold images to {output}");

    // A filter written in C# in the middle of the native pipeline: median -> C# clamp -> threshold.
    using var clamp = new ClampFilter { Maximum = 1.5f };
    clamp.SetInput(median.GetOutput()!);
    using var chained = new Threaded.BinaryThresholdImageFilterF2UC2();
    chained.SetInput(clamp.GetOutput()!);
    chained.SetLowerThreshold(1.2f);
    chained.SetUpperThreshold(1.5f);
    chained.Update();
    using var chainedMask = chained.GetOutput()!;
    // The same steps one by one: the clamp done here on a copy, then a threshold of its own.
    var clamped = median.GetOutput()!.ToArray().Select(v => Math.Min(v, 1.5f)).ToArray();
    using var clampedImage = Threaded.ImageF2.FromPixels(clamped, Size, Size);
    using var alone = new Threaded.BinaryThresholdImageFilterF2UC2();
    alone.SetInput(clampedImage);
    alone.SetLowerThreshold(1.2f);
    alone.SetUpperThreshold(1.5f);
    alone.Update();
    using var aloneMask = alone.GetOutput()!;
    var same = chainedMask.ToArray().SequenceEqual(aloneMask.ToArray());
    Console.WriteLine($"median -> C# clamp filter -> threshold: {(same ? "the same pixels as the steps one by one" : "DIFFERENT pixels from the steps one by one")}");
    if (!same)
    {
        return 1;
    }
}

Console.WriteLine();
const ulong ThreadSize = 2048;
const int Rounds = 5;
var threadPixels = MakeNoisyGradient(ThreadSize);
Time(ThreadedMedian(threadPixels, ThreadSize)); // warm up: first calls load the library and fault in memory
Time(LockedMedian(threadPixels, ThreadSize));
Console.WriteLine($"Two threads, each running MedianImageFilter (radius 2, one work unit, {ThreadSize}x{ThreadSize}), {Rounds} rounds;");
Console.WriteLine("throughput is two updates against one update alone (2.00x: they ran at once, 1.00x: they took turns):");
var threadedSpeedups = new List<double>();
var lockedSpeedups = new List<double>();
for (var round = 1; round <= Rounds; round++)
{
    var single = Time(ThreadedMedian(threadPixels, ThreadSize));
    var (threaded, threadedSpans) = RunTwice(() => ThreadedMedian(threadPixels, ThreadSize));
    var (locked, lockedSpans) = RunTwice(() => LockedMedian(threadPixels, ThreadSize));
    threadedSpeedups.Add(2 * single / threaded);
    lockedSpeedups.Add(2 * single / locked);
    Console.WriteLine($"  round {round}: one update {single:F2} s; with -threads {threaded:F2} s ({threadedSpeedups[^1]:F2}x, {threadedSpans}); without {locked:F2} s ({lockedSpeedups[^1]:F2}x, {lockedSpans})");
}
Console.WriteLine($"median of {Rounds} rounds: with -threads {Median(threadedSpeedups):F2}x the throughput of one update; without -threads {Median(lockedSpeedups):F2}x (the binding lock makes them take turns)");
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

// Times one Update; the filter and its input are made beforehand and disposed after.
static double Time((Action Update, IDisposable Resources) run)
{
    using (run.Resources)
    {
        var clock = Stopwatch.StartNew();
        run.Update();
        return clock.Elapsed.TotalSeconds;
    }
}

// Runs two updates on two threads; returns the wall time and when each ran ("0.00-0.47 | 0.00-0.48" seconds).
static (double Wall, string Spans) RunTwice(Func<(Action Update, IDisposable Resources)> make)
{
    var runs = new[] { make(), make() };
    var clock = Stopwatch.StartNew();
    var spans = new (double Start, double End)[2];
    var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
    {
        var start = clock.Elapsed.TotalSeconds;
        runs[i].Update();
        spans[i] = (start, clock.Elapsed.TotalSeconds);
    })).ToList();
    threads.ForEach(t => t.Start());
    threads.ForEach(t => t.Join());
    var wall = clock.Elapsed.TotalSeconds;
    foreach (var run in runs)
    {
        run.Resources.Dispose();
    }
    return (wall, string.Join(" | ", spans.Select(s => $"{s.Start:F2}-{s.End:F2}")));
}

static (Action Update, IDisposable Resources) ThreadedMedian(float[] pixels, ulong size)
{
    var input = Threaded.ImageF2.FromPixels(pixels, size, size);
    var median = new Threaded.MedianImageFilterF2();
    median.SetNumberOfWorkUnits(1);
    median.SetInput(input);
    median.SetRadius(2);
    return (median.Update, new Resources(median, input));
}

static (Action Update, IDisposable Resources) LockedMedian(float[] pixels, ulong size)
{
    var input = Locked.ImageF2.FromPixels(pixels, size, size);
    var median = new Locked.MedianImageFilterF2();
    median.SetNumberOfWorkUnits(1);
    median.SetInput(input);
    median.SetRadius(2);
    return (median.Update, new Resources(median, input));
}

static void Write(Threaded.ImageF2 image, string path)
{
    using var writer = new Threaded.ImageFileWriterF2();
    writer.SetInput(image);
    writer.SetFileName(path);
    writer.Update();
}

static void DrawProgress(string label, double progress)
{
    const int Width = 40;
    var filled = (int)Math.Round(progress * Width);
    Console.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {progress,4:P0}");
}

static float[] MakeNoisyGradient(ulong size)
{
    var random = new Random(42);
    var pixels = new float[size * size];
    for (ulong y = 0; y < size; y++)
    {
        for (ulong x = 0; x < size; x++)
        {
            var noise = random.NextDouble() < 0.05 ? (float)random.NextDouble() * 4 : 0f;
            pixels[y * size + x] = (float)x / size + noise;
        }
    }
    return pixels;
}

// Disposes a filter and its input together.
sealed class Resources(params IDisposable[] items) : IDisposable
{
    public void Dispose()
    {
        foreach (var item in items)
        {
            item.Dispose();
        }
    }
}
