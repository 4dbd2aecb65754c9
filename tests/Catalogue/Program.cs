// Runs every filter of the catalogue module on a small image: each must update without an exception (unless
// expected-failures.txt says why it cannot) and give an output of the input's size (or the size output-sizes.txt
// gives); the filters the C++ reference program also runs must give the same pixels, bit for bit. The filters run
// in a child process, so one that crashes inside ITK is reported and the rest still run. Prints one line a filter
// and a summary.
using System.Diagnostics;
using System.Reflection;
using Catalogue;
using ItkBindGen.Runtime;

var child = args.Length == 3 && args[0] == "--child";
if (args.Length != 3 && !child)
{
    Console.Error.WriteLine("usage: Catalogue <expected-failures.txt> <output-sizes.txt> <work-folder>");
    return 2;
}
var work = Directory.CreateDirectory(child ? args[1] : args[2]).FullName;
var referenceFolder = Path.Combine(work, "reference");
var filters = typeof(ImageF2).Assembly.GetTypes()
    .Where(t => t.Namespace == "Catalogue" && t.IsSubclassOf(typeof(ProcessObject)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
    .Where(t => !t.Name.StartsWith("ImageFile", StringComparison.Ordinal))
    .OrderBy(t => t.Name, StringComparer.Ordinal)
    .ToList();
if (child)
{
    return RunChild(filters.SkipWhile(t => string.CompareOrdinal(t.Name, args[2]) < 0));
}
var expectedFailures = ReadList(args[0]);
var outputSizes = ReadList(args[1]);

const ulong Width = 24, Height = 20;
using (var image = ImageF2.FromPixels(TestPixels(), Width, Height))
{
    WriteImage(image, Path.Combine(work, "input.mha"));
}

// The C++ program runs a subset of the same filters with their defaults on the same input file.
Directory.CreateDirectory(referenceFolder);
using (var reference = Process.Start(Path.Combine(AppContext.BaseDirectory, "catalogue_reference"), [Path.Combine(work, "input.mha"), referenceFolder]))
{
    reference.WaitForExit();
    if (reference.ExitCode != 0)
    {
        Console.Error.WriteLine($"catalogue_reference failed with exit code {reference.ExitCode}");
        return 1;
    }
}

int passed = 0, failed = 0, expected = 0, compared = 0;
var unexpectedPasses = new List<string>();
foreach (var (name, result) in RunChildren())
{
    var (outcome, detail) = result;
    if (outcome == "size" && outputSizes.TryGetValue(name, out var size) && detail.StartsWith($"output {size},", StringComparison.Ordinal))
    {
        (outcome, detail) = ("ok", $"output {size}, as output-sizes.txt says");
    }
    compared += detail == "equal to C++" ? 1 : 0;
    if (expectedFailures.TryGetValue(name, out var reason))
    {
        if (outcome == "ok")
        {
            unexpectedPasses.Add(name);
        }
        expected++;
        Console.WriteLine($"  expected  {name}: {reason} ({outcome}{(detail.Length > 0 ? ": " + detail : string.Empty)})");
        continue;
    }
    if (outcome == "ok")
    {
        passed++;
        Console.WriteLine($"  ok        {name}{(detail.Length > 0 ? " (" + detail + ")" : string.Empty)}");
    }
    else
    {
        failed++;
        Console.WriteLine($"  FAILED    {name}: {outcome}: {detail}");
    }
}
foreach (var name in expectedFailures.Keys.Concat(outputSizes.Keys).Where(n => filters.All(t => t.Name != n)))
{
    failed++;
    Console.WriteLine($"  FAILED    {name}: listed but not in the module");
}
foreach (var name in unexpectedPasses)
{
    Console.WriteLine($"  note      {name} now passes: remove it from expected-failures.txt");
}
Console.WriteLine($"catalogue: {filters.Count} filters in one module; {passed} ran and gave an output of the expected size, {compared} of them equal to C++ pixel for pixel; {expected} expected failures");
Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 && passed >= 150 && compared >= 20 ? 0 : 1;

// Runs the filters in child processes, one after another: a child that dies (a crash inside ITK) or hangs ends the
// filter it was running with that outcome, and a new child goes on with the next filter.
IEnumerable<(string Name, (string Outcome, string Detail) Result)> RunChildren()
{
    var next = filters.Count == 0 ? null : filters[0].Name;
    while (next is not null)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(ImageF2).Assembly.Location, "--child", work, next]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string? running = null;
        var watchdog = Task.Delay(TimeSpan.FromSeconds(120));
        var timedOut = false;
        while (true)
        {
            var read = process.StandardOutput.ReadLineAsync();
            if (Task.WhenAny(read, watchdog).Result == watchdog)
            {
                process.Kill(entireProcessTree: true);
                timedOut = true;
                break;
            }
            if (read.Result is not { } line)
            {
                break;
            }
            var parts = line.Split('\t');
            if (parts[0] == "BEGIN")
            {
                running = parts[1];
                watchdog = Task.Delay(TimeSpan.FromSeconds(120));
            }
            else if (parts[0] == "RESULT")
            {
                running = null;
                yield return (parts[1], (parts[2], parts[3]));
            }
        }
        process.WaitForExit();
        if (running is null)
        {
            if (process.ExitCode != 0)
            {
                yield return ("(runner)", ("crashed", $"the child process ended with exit code {process.ExitCode} between filters"));
            }
            yield break; // the child ran every filter from 'next' on
        }
        yield return (running, timedOut ? ("timeout", "no result after 120 s") : ("crashed", $"the process ended with exit code {process.ExitCode} inside ITK"));
        next = filters.SkipWhile(t => t.Name != running).Skip(1).FirstOrDefault()?.Name;
    }
}

// In the child: runs the filters from the given one on, saying which one it begins and what each gave.
int RunChild(IEnumerable<Type> types)
{
    using var input = ImageF2.FromPixels(TestPixels(), 24, 20);
    using var mask = ImageUC2.FromPixels(TestPixels().Select(p => p > 0.6f ? (byte)255 : (byte)0).ToArray(), 24, 20);
    foreach (var type in types)
    {
        Console.WriteLine($"BEGIN\t{type.Name}");
        var (outcome, detail) = Run(type, input, mask, Path.Combine(referenceFolder, type.Name + ".mha"));
        Console.WriteLine($"RESULT\t{type.Name}\t{outcome}\t{detail.Replace('\t', ' ')}");
    }
    return 0;
}

// Updates the filter and checks its output's size; where the C++ program wrote this filter's output, compares the pixels.
static (string Outcome, string Detail) Run(Type type, ImageF2 input, ImageUC2 mask, string referencePath)
{
    try
    {
        using var filter = (ProcessObject)Activator.CreateInstance(type)!;
        var inputs = SetInputs(filter, input, mask);
        if (inputs == 0)
        {
            return ("no input", "no SetInput method of ImageF2 or ImageUC2");
        }
        filter.Update();
        if (type.GetMethod("GetOutput", Type.EmptyTypes)?.Invoke(filter, null) is not NativeObject output)
        {
            return ("ok", "no image output");
        }
        using (output)
        {
            var size = (ulong[])output.GetType().GetMethod("GetBufferedSize")!.Invoke(output, null)!;
            var expected = input.GetBufferedSize();
            if (!size.SequenceEqual(expected))
            {
                return ("size", $"output {string.Join("x", size)}, input {string.Join("x", expected)}");
            }
            return output is ImageF2 image && File.Exists(referencePath) ? CompareWithReference(image, referencePath) : ("ok", string.Empty);
        }
    }
    catch (Exception e)
    {
        var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
        return (inner.GetType().Name, FirstLine(inner is ItkException { Details.Description: { } description } ? description : inner.Message));
    }
}

// Every image input the filter has: SetInput, SetInput1..3, the feature, marker and mask images, all the same
// float image, or the same unsigned char image of 0 and 255 for filters of unsigned char images.
static int SetInputs(ProcessObject filter, ImageF2 input, ImageUC2 mask)
{
    var count = 0;
    foreach (var name in new[] { "SetInput", "SetInput1", "SetInput2", "SetInput3", "SetFeatureImage", "SetMarkerImage", "SetMaskImage" })
    {
        foreach (var image in new NativeObject[] { input, mask })
        {
            if (filter.GetType().GetMethod(name, [image.GetType()]) is { } setter)
            {
                setter.Invoke(filter, [image]);
                count++;
                break;
            }
        }
    }
    return count;
}

static (string Outcome, string Detail) CompareWithReference(ImageF2 output, string referencePath)
{
    using var reader = new ImageFileReaderF2();
    reader.SetFileName(referencePath);
    reader.Update();
    using var expectedImage = reader.GetOutput()!;
    var actual = output.ToArray();
    var wanted = expectedImage.ToArray();
    if (actual.Length != wanted.Length)
    {
        return ("differs from C++", $"{actual.Length} pixels, C++ {wanted.Length}");
    }
    var differing = actual.Zip(wanted).Count(p => BitConverter.SingleToInt32Bits(p.First) != BitConverter.SingleToInt32Bits(p.Second));
    return differing == 0 ? ("ok", "equal to C++") : ("differs from C++", $"{differing} of {actual.Length} pixels");
}

static void WriteImage(ImageF2 image, string path)
{
    using var writer = new ImageFileWriterF2();
    writer.SetInput(image);
    writer.SetFileName(path);
    writer.Update();
}

// A gradient with noise, the same in every process.
static float[] TestPixels()
{
    var random = new Random(7);
    return Enumerable.Range(0, 24 * 20).Select(i => (float)(0.1 + i % 24 / 24.0 + random.NextDouble() * 0.3)).ToArray();
}

static Dictionary<string, string> ReadList(string path) => File.ReadAllLines(path)
    .Where(line => line.Length > 0 && !line.StartsWith('#'))
    .Select(line => line.Split(':', 2))
    .ToDictionary(parts => parts[0].Trim(), parts => parts.Length > 1 ? parts[1].Trim() : string.Empty);

static string FirstLine(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
