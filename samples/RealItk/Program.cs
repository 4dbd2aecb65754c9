// Filters an image with bindings generated from the real ITK 5.2 headers (samples/RealItk/RealItk.i),
// then runs one median filter on two threads, serially and overlapped, to show -threads at work.
// Usage: RealItk [input.png|input.mha] [output-folder]
using System.Diagnostics;
using RealItk;

var output = Path.GetFullPath(args.Length > 1 ? args[1] : "real-itk-output");
Directory.CreateDirectory(output);

using var input = args.Length > 0 ? Read(args[0]) : MakeTestImage(512);
var size = input.GetBufferedSize();
var pixels = input.ToArray();
var (min, max) = (pixels.Min(), pixels.Max());
Console.WriteLine($"input: {(args.Length > 0 ? args[0] : "generated noisy gradient")}, {size[0]}x{size[1]}, values {min:G4}..{max:G4}");
Write(input, Path.Combine(output, "input.mha"));

using var median = new MedianImageFilterF2();
median.SetInput(input);
median.SetRadius(2);
median.ProgressChanged += (_, e) => Console.Write($"\rmedian radius 2: {e.Progress,4:P0}");
median.Update();
Console.WriteLine("\rmedian radius 2: done");
using (var medianImage = median.GetOutput()!)
{
    Write(medianImage, Path.Combine(output, "median.mha"));
}

using var gaussian = new DiscreteGaussianImageFilterF2();
gaussian.SetInput(input);
gaussian.SetVariance(4.0);
gaussian.Update();
using (var gaussianImage = gaussian.GetOutput()!)
{
    Write(gaussianImage, Path.Combine(output, "gaussian.mha"));
}

// Thresholds relative to the input's range, so PNG (0..255) and float inputs both give a useful mask.
using var threshold = new BinaryThresholdImageFilterF2UC2();
threshold.SetInput(median.GetOutput()!);
threshold.SetLowerThreshold(min + 0.25f * (max - min));
threshold.SetUpperThreshold(min + 0.75f * (max - min));
threshold.SetInsideValue(255);
threshold.SetOutsideValue(0);
threshold.Update();
using (var mask = threshold.GetOutput()!)
using (var maskWriter = new ImageFileWriterUC2())
{
    maskWriter.SetInput(mask);
    maskWriter.SetFileName(Path.Combine(output, "threshold.png"));
    maskWriter.Update();
}

// A filter written in C# between ITK's median and ITK's threshold, against the same steps one by one.
using (var clamp = new ClampFilter { Maximum = min + 0.5f * (max - min) })
using (var chained = new BinaryThresholdImageFilterF2UC2())
using (var alone = new BinaryThresholdImageFilterF2UC2())
{
    using (var medianImage = median.GetOutput()!)
    {
        clamp.SetInput(medianImage);
    }
    using (var clamped = clamp.GetOutput()!)
    {
        chained.SetInput(clamped);
    }
    chained.SetLowerThreshold(min + 0.25f * (max - min));
    chained.SetUpperThreshold(min + 0.5f * (max - min));
    chained.Update();
    using var medianPixels = median.GetOutput()!;
    using var byHand = ImageF2.FromPixels(medianPixels.ToArray().Select(v => Math.Min(v, clamp.Maximum)).ToArray(), size);
    alone.SetInput(byHand);
    alone.SetLowerThreshold(min + 0.25f * (max - min));
    alone.SetUpperThreshold(min + 0.5f * (max - min));
    alone.Update();
    using var chainedMask = chained.GetOutput()!;
    using var aloneMask = alone.GetOutput()!;
    var same = chainedMask.ToArray().SequenceEqual(aloneMask.ToArray());
    Console.WriteLine($"ITK median -> C# clamp filter -> ITK threshold: {(same ? "the same pixels as the steps one by one" : "DIFFERENT pixels from the steps one by one")}");
    if (!same)
    {
        return 1;
    }
}

// The 3D instantiations: a small noisy volume through median and Gaussian.
using (var volume = MakeTestVolume(48))
using (var volumeMedian = new MedianImageFilterF3())
using (var volumeWriter = new ImageFileWriterF3())
{
    volumeMedian.SetInput(volume);
    volumeMedian.SetRadius(1);
    volumeWriter.SetInput(volumeMedian.GetOutput()!);
    volumeWriter.SetFileName(Path.Combine(output, "volume-median.mha"));
    volumeWriter.Update();
}
Console.WriteLine($"wrote input, median, gaussian, threshold and volume-median images to {output}");

Console.WriteLine();
Console.WriteLine("MedianImageFilter (radius 2, ITK work units = 1) on two 1024x1024 images:");
var noise = MakeNoise(1024 * 1024, seed: 1);
RunMedian(noise, 1024); // warm up: loads ITK and JITs the wrappers
var clock = Stopwatch.StartNew();
RunMedian(noise, 1024);
RunMedian(noise, 1024);
var serial = clock.Elapsed.TotalSeconds;
clock.Restart();
var spans = new (double Start, double End)[2];
var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
{
    var start = clock.Elapsed.TotalSeconds;
    RunMedian(noise, 1024);
    spans[i] = (start, clock.Elapsed.TotalSeconds);
})).ToList();
threads.ForEach(t => t.Start());
threads.ForEach(t => t.Join());
var wall = clock.Elapsed.TotalSeconds;
for (var i = 0; i < spans.Length; i++)
{
    Console.WriteLine($"  thread {i + 1}: start {spans[i].Start:F2} s, end {spans[i].End:F2} s");
}
Console.WriteLine($"  one after the other: {serial:F2} s; on two threads: {wall:F2} s (wall/serial = {wall / serial:F2})");
return 0;

static void RunMedian(float[] pixels, ulong size)
{
    using var image = ImageF2.FromPixels(pixels, size, size);
    using var filter = new MedianImageFilterF2();
    filter.SetNumberOfWorkUnits(1);
    filter.SetInput(image);
    filter.SetRadius(2);
    filter.Update();
}

static ImageF2 Read(string path)
{
    // ITK converts the file's pixel type (PNG bytes, RGB, ...) to float while reading.
    using var reader = new ImageFileReaderF2();
    reader.SetFileName(path);
    reader.Update();
    return reader.GetOutput()!;
}

static void Write(ImageF2 image, string path)
{
    using var writer = new ImageFileWriterF2();
    writer.SetInput(image);
    writer.SetFileName(path);
    writer.Update();
}

static ImageF2 MakeTestImage(ulong size)
{
    var random = new Random(42);
    var pixels = new float[size * size];
    for (ulong y = 0; y < size; y++)
    {
        for (ulong x = 0; x < size; x++)
        {
            var noise = random.NextDouble() < 0.05 ? (float)random.NextDouble() : 0f;
            pixels[y * size + x] = (float)x / size + noise;
        }
    }
    return ImageF2.FromPixels(pixels, size, size);
}

static ImageF3 MakeTestVolume(ulong size) => ImageF3.FromPixels(MakeNoise(size * size * size, seed: 3), size, size, size);

static float[] MakeNoise(ulong count, int seed)
{
    var random = new Random(seed);
    var pixels = new float[count];
    for (var i = 0; i < pixels.Length; i++)
    {
        pixels[i] = random.NextSingle();
    }
    return pixels;
}
