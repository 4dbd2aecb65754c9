// Generates an image, filters it with the generated bindings, then times two filters one after the other on one
// thread against both at once on two threads, with and without the binding lock released.
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
Serial(() => ThreadedMedian(threadPixels, ThreadSize)); // warm up: first calls load the library and fault in memory
Serial(() => LockedMedian(threadPixels, ThreadSize));
var cores = Environment.ProcessorCount;
var bound = Math.Min(2, cores);
Console.WriteLine($"Two median filters (radius 2, one work unit each, {ThreadSize}x{ThreadSize}): one after the other on one thread,");
Console.WriteLine($"then both at once on two threads; {Rounds} rounds, each alternating which goes first. Seconds:");
Console.WriteLine("           -threads                   without -threads");
Console.WriteLine("           one thread  two threads    one thread  two threads");
var threadedSpeedups = new List<double>();
var lockedSpeedups = new List<double>();
// Every -threads update timed on its own, alone and two at once: when the ratio passes the core count, these show why.
var aloneUpdates = new List<double>();
var togetherUpdates = new List<double>();
for (var round = 1; round <= Rounds; round++)
{
    var (threadedSerial, threadedParallel) = Pair(() => ThreadedMedian(threadPixels, ThreadSize), serialFirst: round % 2 == 1, aloneUpdates, togetherUpdates);
    var (lockedSerial, lockedParallel) = Pair(() => LockedMedian(threadPixels, ThreadSize), serialFirst: round % 2 == 0);
    threadedSpeedups.Add(threadedSerial / threadedParallel);
    lockedSpeedups.Add(lockedSerial / lockedParallel);
    Console.WriteLine($"  round {round}  {threadedSerial,10:F2}  {threadedParallel,11:F2}    {lockedSerial,10:F2}  {lockedParallel,11:F2}");
}
var threadedSpeedup = Median(threadedSpeedups);
var lockedSpeedup = Median(lockedSpeedups);
Console.WriteLine($"This machine has {cores} core{(cores == 1 ? "" : "s")}: two filters at once can be at most {bound:F2}x as fast as one after the other.");
if (threadedSpeedup > bound || lockedSpeedup > bound)
{
    // More than the cores allow means one thread alone ran slower than each of two at once: say so, with the spread
    // of the lone updates, instead of printing it as a speed-up.
    var above = threadedSpeedup > bound && lockedSpeedup > bound ? "both medians" : threadedSpeedup > bound ? "the -threads median" : "the median without -threads";
    Console.WriteLine($"Over {Rounds} rounds {above} of the ratio came out above that bound, so the ratio is not a speed-up here:");
    Console.WriteLine($"with -threads one update alone took {aloneUpdates.Min():F2} to {aloneUpdates.Max():F2} s (median {Median(aloneUpdates):F2}), each of two at once");
    Console.WriteLine($"{togetherUpdates.Min():F2} to {togetherUpdates.Max():F2} s (median {Median(togetherUpdates):F2}): one thread's speed is not the same alone and beside another");
    Console.WriteLine("here (other load, or virtual cores that run faster while both are busy), so the ratio does not measure the lock.");
    return 0;
}
Console.WriteLine($"Median of {Rounds} rounds, two threads against one: with -threads {threadedSpeedup:F2}x as fast; without -threads {lockedSpeedup:F2}x (the binding lock makes them take turns).");
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

// The same two filters timed both ways, in the order given: one after the other on this thread, and both at once
// on two threads. Each measurement makes its own filters and inputs beforehand and disposes them after.
static (double Serial, double Parallel) Pair(Func<(Action Update, IDisposable Resources)> make, bool serialFirst,
    List<double>? aloneUpdates = null, List<double>? togetherUpdates = null)
{
    if (serialFirst)
    {
        var serial = Serial(make, aloneUpdates);
        return (serial, Parallel(make, togetherUpdates));
    }
    var parallel = Parallel(make, togetherUpdates);
    return (Serial(make, aloneUpdates), parallel);
}

static double Serial(Func<(Action Update, IDisposable Resources)> make, List<double>? aloneUpdates = null)
{
    var runs = new[] { make(), make() };
    var clock = Stopwatch.StartNew();
    var previous = 0.0;
    foreach (var run in runs)
    {
        run.Update();
        var now = clock.Elapsed.TotalSeconds;
        aloneUpdates?.Add(now - previous);
        previous = now;
    }
    var wall = clock.Elapsed.TotalSeconds;
    foreach (var run in runs)
    {
        run.Resources.Dispose();
    }
    return wall;
}

static double Parallel(Func<(Action Update, IDisposable Resources)> make, List<double>? togetherUpdates = null)
{
    var runs = new[] { make(), make() };
    var each = new double[runs.Length];
    var threads = runs.Select((run, i) => new Thread(() =>
    {
        var own = Stopwatch.StartNew();
        run.Update();
        each[i] = own.Elapsed.TotalSeconds;
    })).ToList();
    var clock = Stopwatch.StartNew();
    threads.ForEach(t => t.Start());
    threads.ForEach(t => t.Join());
    var wall = clock.Elapsed.TotalSeconds;
    togetherUpdates?.AddRange(each);
    foreach (var run in runs)
    {
        run.Resources.Dispose();
    }
    return wall;
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
