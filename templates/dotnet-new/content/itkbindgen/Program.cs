// Two threads, each running an ITK median filter on its own image through the generated bindings: with -threads
// (Threads="true" in the project) each filter's run releases the binding lock, so the two runs overlap.
using System.Diagnostics;
using MyFilters.Itk;

const ulong Size = 512;
var clock = Stopwatch.StartNew();
var results = new string[2];
var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
{
    var pixels = new float[Size * Size];
    for (var i = 0; i < pixels.Length; i++) pixels[i] = (i * 7919 + t) % 101 / 100f;
    using var input = ImageF2.FromPixels(pixels, Size, Size);
    using var median = new MedianImageFilterF2();
    median.SetInput(input);
    median.SetRadius(2);
    var start = clock.Elapsed.TotalMilliseconds;
    median.Update();
    using var output = median.GetOutput()!;
    var sorted = output.ToArray().Order().ToArray();
    results[t] = $"thread {t}: {start:F0} to {clock.Elapsed.TotalMilliseconds:F0} ms, median pixel {sorted[sorted.Length / 2]:F2}";
})).ToList();
threads.ForEach(t => t.Start());
threads.ForEach(t => t.Join());
foreach (var line in results) Console.WriteLine(line);
Console.WriteLine("MedianImageFilter ran on 2 threads.");
