// Runs every filter of the catalogue's two modules (2D: Catalogue.i, 3D: Catalogue3D.i) on small test images, each
// with the parameters it is useless without, and compares each with the C++ reference program, which runs the same
// filters the same way against the same ITK: image outputs of every pixel type bit for bit, value results (statistics,
// thresholds, distances, calculators) exactly. A filter must update without an exception (unless
// expected-failures.txt says why it cannot; one that passes fails the run), give an output of the test image's size
// (or the size output-sizes.txt gives), and give a result to compare; every file the C++ program wrote must be
// compared. The filters run in child processes, so one that crashes inside ITK is reported and the rest still run.
//   Catalogue <expected-failures.txt> <output-sizes.txt> <work-folder>
using System.Diagnostics;
using CatalogueTests;

if (args.Length == 4 && args[0] == "--child")
{
    return Children.Serve(CatalogueFilters.All(), args[1], ReadList(args[2]), args[3]);
}
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Catalogue <expected-failures.txt> <output-sizes.txt> <work-folder>");
    return 2;
}
var expectedFailures = ReadList(args[0]);
var outputSizes = ReadList(args[1]);
var work = Directory.CreateDirectory(args[2]).FullName;
var inputsFolder = Fresh(Path.Combine(work, "inputs"));
var referenceFolder = Fresh(Path.Combine(work, "reference"));
TestImages.WriteAll(inputsFolder);

// The C++ program runs every filter the same way, but those expected to fail, and writes what each gave.
var clock = Stopwatch.StartNew();
var referenceProgram = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "catalogue_reference"), [inputsFolder, referenceFolder, Path.GetFullPath(args[0])])
{
    RedirectStandardOutput = true,
};
using (var reference = Process.Start(referenceProgram)!)
{
    var summary = reference.StandardOutput.ReadLine();
    reference.StandardOutput.ReadToEnd();
    reference.WaitForExit();
    if (reference.ExitCode != 0)
    {
        Console.Error.WriteLine($"catalogue_reference failed with exit code {reference.ExitCode}");
        return 1;
    }
    Console.WriteLine($"{summary} ({clock.Elapsed.TotalSeconds:F0} s)");
}

var filters = CatalogueFilters.All();
var parts = new SortedDictionary<string, Tally> { ["2D"] = new(), ["3D"] = new() };
var failed = 0;
var compared = new HashSet<string>();
foreach (var (name, result) in Children.RunAll(filters, work, Path.GetFullPath(args[1])))
{
    compared.UnionWith(result.Compared);
    var tally = parts[filters.FirstOrDefault(t => t.Name == name) is { } type ? CatalogueFilters.Part(type) : "2D"];
    var detail = result.Detail.Length > 0 ? ": " + result.Detail : string.Empty;
    if (expectedFailures.TryGetValue(name, out var reason))
    {
        if (result.Outcome == "ok")
        {
            failed++;
            Console.WriteLine($"  FAILED    {name}: listed in expected-failures.txt ({reason}) but it ran{detail}; take it off the list");
            continue;
        }
        tally.Expected++;
        Console.WriteLine($"  expected  {name}: {reason} ({result.Outcome}{detail})");
        continue;
    }
    if (result.Outcome != "ok")
    {
        failed++;
        Console.WriteLine($"  FAILED    {name}: {result.Outcome}{detail}");
        continue;
    }
    tally.Ran++;
    tally.Pixels += result.PixelsEqual ? 1 : 0;
    tally.Values += result.ValuesEqual ? 1 : 0;
    Console.WriteLine($"  ok        {name}{(result.Detail.Length > 0 ? " (" + result.Detail + ")" : string.Empty)}");
}
foreach (var name in expectedFailures.Keys.Concat(outputSizes.Keys).Where(n => filters.All(t => t.Name != n)))
{
    failed++;
    Console.WriteLine($"  FAILED    {name}: listed but not in the catalogue");
}
foreach (var file in Directory.GetFiles(referenceFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Where(f => !compared.Contains(f!)))
{
    failed++;
    Console.WriteLine($"  FAILED    {file}: the C++ reference program wrote it and no C# result was compared with it");
}
foreach (var helper in CatalogueFilters.HelperTypes())
{
    Console.WriteLine($"  helper    {helper.Name}: {CatalogueFilters.Helpers[helper.Name]}");
}

foreach (var (part, tally) in parts)
{
    Console.WriteLine($"catalogue {part}: {filters.Count(t => CatalogueFilters.Part(t) == part)} filters; {tally.Ran} ran, {tally.Pixels} of them equal to C++ pixel for pixel, {tally.Values} equal to C++ by value; {tally.Expected} expected failures");
}
Console.WriteLine($"{parts.Values.Sum(t => t.Ran)} passed, {failed} failed");
// Floors, so that a runner that finds no filters cannot pass: the issue's 80 3D filters compared with C++.
var floorsMet = parts["2D"].Ran >= 250 && parts["3D"].Pixels >= 80;
if (!floorsMet)
{
    Console.WriteLine("FAILED: fewer filters ran than the catalogue holds (2D: at least 250 must run; 3D: at least 80 must equal C++ pixel for pixel)");
}
return failed == 0 && floorsMet ? 0 : 1;

static string Fresh(string folder)
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
    return Directory.CreateDirectory(folder).FullName;
}

static Dictionary<string, string> ReadList(string path) => File.ReadAllLines(path)
    .Where(line => line.Length > 0 && !line.StartsWith('#'))
    .Select(line => line.Split(':', 2))
    .ToDictionary(parts => parts[0].Trim(), parts => parts.Length > 1 ? parts[1].Trim() : string.Empty);

