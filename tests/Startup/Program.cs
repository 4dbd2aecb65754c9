// Start-up and file IO under races, one process a run (tests/Startup/run.sh runs it hundreds of times):
//   first-use <input.mha> <threads>     every thread makes its first objects of two modules at the same moment,
//                                        reads the file and filters it; results equal one another and a later serial run
//   files <folder> <threads> <seconds> <formats>
//                                        threads write, read back and compare images (formats: mha, png) and all read
//                                        one shared file, for a while
//   make <input.mha>                     writes the shared input (in its own process, so first-use stays first)
// Exit 0 when everything matched; otherwise 1, with what failed on stderr.
using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Modules.Images;
using Modules.Smoothing;

const ulong Width = 96;
const ulong Height = 64;

return args switch
{
    ["make", var path] => Make(path),
    ["first-use", var input, var threads] => FirstUse(input, int.Parse(threads)),
    ["files", var folder, var threads, var seconds, var formats] =>
        Files(folder, int.Parse(threads), double.Parse(seconds), formats.Split(',')),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: startup make <input.mha> | first-use <input.mha> <threads> | files <folder> <threads> <seconds> <mha,png>");
    return 2;
}

static float[] Pixels(int seed)
{
    var random = new Random(seed);
    return Enumerable.Range(0, checked((int)(Width * Height))).Select(_ => (float)random.Next(256)).ToArray();
}

static int Make(string path)
{
    using var image = ImageF2.FromPixels(Pixels(0), Width, Height);
    Write(image, path);
    return 0;
}

static void Write(ImageF2 image, string path)
{
    using var writer = new ImageFileWriterF2();
    writer.SetInput(image);
    writer.SetFileName(path);
    writer.Update();
}

static float[] Read(string path)
{
    using var reader = new ImageFileReaderF2();
    reader.SetFileName(path);
    reader.Update();
    using var output = reader.GetOutput()!;
    return output.ToArray();
}

// Half the threads touch module Images first, half module Smoothing, so both modules start at the same time.
static float[] ReadAndFilter(string input, bool readerFirst)
{
    ImageFileReaderF2? reader = readerFirst ? new ImageFileReaderF2() : null;
    using var median = new MedianImageFilterF2();
    reader ??= new ImageFileReaderF2();
    using (reader)
    {
        reader.SetFileName(input);
        median.SetInput(reader.GetOutput()!);
        median.SetRadius(1);
        median.Update();
        using var output = median.GetOutput()!;
        return output.ToArray();
    }
}

static int FirstUse(string input, int threadCount)
{
    var results = new float[threadCount][];
    var errors = new ConcurrentQueue<string>();
    using var start = new Barrier(threadCount);
    var threads = Enumerable.Range(0, threadCount).Select(i => new Thread(() =>
    {
        start.SignalAndWait();
        try
        {
            results[i] = ReadAndFilter(input, readerFirst: i % 2 == 0);
        }
        catch (Exception exception)
        {
            errors.Enqueue($"thread {i}: {exception.GetType().Name}: {exception.Message}");
        }
    })).ToList();
    threads.ForEach(t => t.Start());
    threads.ForEach(t => t.Join());
    if (errors.IsEmpty)
    {
        var expected = ReadAndFilter(input, readerFirst: true);
        for (var i = 0; i < threadCount; i++)
        {
            if (!results[i].AsSpan().SequenceEqual(expected))
            {
                errors.Enqueue($"thread {i}: its pixels differ from a serial run's");
            }
        }
    }
    return Report(errors, $"first-use: {threadCount} threads read and filtered {input}");
}

static int Files(string folder, int threadCount, double seconds, string[] formats)
{
    Directory.CreateDirectory(folder);
    var shared = Path.Combine(folder, "shared.mha");
    var sharedPixels = Pixels(0);
    using (var image = ImageF2.FromPixels(sharedPixels, Width, Height))
    {
        Write(image, shared);
    }
    var errors = new ConcurrentQueue<string>();
    var roundTrips = new int[threadCount];
    var deadline = Stopwatch.StartNew();
    var threads = Enumerable.Range(0, threadCount).Select(i => new Thread(() =>
    {
        try
        {
            for (var iteration = 0; deadline.Elapsed.TotalSeconds < seconds && errors.IsEmpty; iteration++)
            {
                foreach (var format in formats)
                {
                    var path = Path.Combine(folder, $"thread{i}.{format}");
                    var pixels = Pixels(1 + i * 100_000 + iteration);
                    var back = format == "png" ? RoundTripPng(pixels, path) : RoundTripMetaImage(pixels, path);
                    if (!back.AsSpan().SequenceEqual(pixels))
                    {
                        errors.Enqueue($"thread {i}, iteration {iteration}: {path} read back different pixels");
                    }
                    roundTrips[i]++;
                }
                if (!Read(shared).AsSpan().SequenceEqual(sharedPixels))
                {
                    errors.Enqueue($"thread {i}, iteration {iteration}: {shared} read different pixels");
                }
            }
        }
        catch (Exception exception)
        {
            errors.Enqueue($"thread {i}: {exception.GetType().Name}: {exception.Message}");
        }
    })).ToList();
    threads.ForEach(t => t.Start());
    threads.ForEach(t => t.Join());
    return Report(errors, $"files: {threadCount} threads, {roundTrips.Sum()} write-read round trips ({string.Join(", ", formats)}) in {seconds} s, identical pixels");
}

static float[] RoundTripMetaImage(float[] pixels, string path)
{
    using (var image = ImageF2.FromPixels(pixels, Width, Height))
    {
        Write(image, path);
    }
    return Read(path);
}

// PNG holds bytes: the pixels (0..255) go out as unsigned char and come back as float.
static float[] RoundTripPng(float[] pixels, string path)
{
    var bytes = pixels.Select(p => (byte)p).ToArray();
    using (var image = ImageUC2.FromPixels(bytes, Width, Height))
    using (var writer = new ImageFileWriterUC2())
    {
        writer.SetInput(image);
        writer.SetFileName(path);
        writer.Update();
    }
    using var reader = new ImageFileReaderUC2();
    reader.SetFileName(path);
    reader.Update();
    using var output = reader.GetOutput()!;
    return output.ToArray().Select(b => (float)b).ToArray();
}

static int Report(ConcurrentQueue<string> errors, string success)
{
    if (errors.IsEmpty)
    {
        Console.WriteLine(success);
        return 0;
    }
    foreach (var error in errors.Take(10))
    {
        Console.Error.WriteLine(error);
    }
    return 1;
}
