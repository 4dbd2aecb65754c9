using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ItkBindGen.SwigSuite;

// SWIG's test suite through itkbindgen: every .i file generated in this process, what generates compiled (C# with
// Roslyn in this process, the shim with g++ -fsyntax-only), the outcomes counted and held against baseline.txt.
// Usage: SwigSuite <suite folder> <output folder> <baseline.txt> <native include folder> [--jobs N] [--update-baseline] [--only name,...]
// expected-failures.txt beside baseline.txt lists outputs known not to compile (binder bugs), each with its reason.
// A module that %imports others is compiled with their C# in one assembly, as a user builds such modules.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: SwigSuite <suite folder> <output folder> <baseline.txt> <native include folder> [--jobs N] [--update-baseline] [--only name,...]");
    return 2;
}
var (suite, outRoot, baselinePath, nativeInclude) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]), Path.GetFullPath(args[2]), Path.GetFullPath(args[3]));
var jobs = args.SkipWhile(a => a != "--jobs").Skip(1).Select(int.Parse).FirstOrDefault(2);
var update = args.Contains("--update-baseline");
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').ToHashSet(StringComparer.Ordinal);
var limit = TimeSpan.FromSeconds(120);
if (update && only is not null)
{
    Console.Error.WriteLine("--update-baseline needs the whole suite: leave --only out");
    return 2;
}

var files = Directory.GetFiles(suite, "*.i").Order(StringComparer.Ordinal)
    .Where(f => only is null || only.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
Directory.CreateDirectory(outRoot);
var csharp = CSharpCheck.Create();
var shim = ShimCheck.Create([nativeInclude, suite], outRoot);
var outcomes = new FileOutcome[files.Count];
// Modules that %import others are compiled after the loop, with the C# of the modules they import (as SWIG's multi-module tests are).
var importing = new System.Collections.Concurrent.ConcurrentBag<(int Index, string Name, string Folder, IReadOnlyList<string> Imports)>();
var csharpWarnings = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
long generating = 0, compilingCSharp = 0, compilingShims = 0;
var watch = Stopwatch.StartNew();
var done = 0;
Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
{
    var name = Path.GetFileNameWithoutExtension(files[i]);
    var folder = Path.Combine(outRoot, name);
    var started = Stopwatch.GetTimestamp();
    var refused = Generation.Run(files[i], suite, folder, limit);
    Interlocked.Add(ref generating, Stopwatch.GetTimestamp() - started);
    if (refused is null && ModuleFolders.ImportsOf(folder) is { Count: > 0 } imports)
    {
        importing.Add((i, name, folder, imports));
    }
    else
    {
        outcomes[i] = refused ?? Check(name, [folder]);
    }
    if (Interlocked.Increment(ref done) % 100 == 0)
    {
        Console.WriteLine($"  {done}/{files.Count} files in {watch.Elapsed.TotalSeconds:F0} s");
    }
});
var modules = ModuleFolders.Of(files.Select(f => Path.Combine(outRoot, Path.GetFileNameWithoutExtension(f))).Where((_, i) => outcomes[i] is null || outcomes[i].Generated));
Parallel.ForEach(importing, new ParallelOptions { MaxDegreeOfParallelism = jobs }, m =>
    outcomes[m.Index] = modules.FoldersOf(m.Imports, out var missing) is { } folders
        ? Check(m.Name, [m.Folder, .. folders])
        : new FileOutcome(m.Name, Outcome.DoesNotCompile, $"C#: it imports {missing}, which did not generate, so its C# cannot be compiled"));
var elapsed = watch.Elapsed;

Console.WriteLine();
Console.WriteLine($"SWIG's test suite: {files.Count} interface files in {elapsed.TotalSeconds:F0} s wall, {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F0} s CPU in this process (g++ not counted), {jobs} jobs, load average {LoadAverage()}");
foreach (var group in outcomes.GroupBy(o => o.Outcome).OrderBy(g => g.Key))
{
    Console.WriteLine($"  {group.Key,-17} {group.Count(),4}");
}
Console.WriteLine();
Console.WriteLine("Refusals by kind (first error of each refused file):");
foreach (var kind in outcomes.Where(o => o.Outcome == Outcome.Refused).GroupBy(o => o.Detail).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(40))
{
    Console.WriteLine($"  {kind.Count(),4}  {kind.Key}");
}
if (!csharpWarnings.IsEmpty)
{
    Console.WriteLine();
    Console.WriteLine($"{csharpWarnings.Count} of the files that generate compile with C# warnings (not a failure; for the binder), by warning:");
    var byId = csharpWarnings.SelectMany(w => WarningIds().Matches(w.Value).Select(m => (Id: m.Value, File: w.Key))).Distinct().GroupBy(w => w.Id);
    foreach (var group in byId.OrderByDescending(g => g.Count()))
    {
        Console.WriteLine($"  {group.Key}: {group.Count()} files, e.g. {group.First().File}: {csharpWarnings[group.First().File].Split(" | ").First(t => t.Contains(group.Key))}");
    }
}
Console.WriteLine($"Time in the jobs: generating {Seconds(generating)} s, compiling C# {Seconds(compilingCSharp)} s, g++ {Seconds(compilingShims)} s");
var expected = ExpectedFailures.Read(Path.Combine(Path.GetDirectoryName(baselinePath)!, "expected-failures.txt"));
var known = outcomes.Where(expected.Expects).ToList();
if (known.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"{known.Count} files generate output that does not compile, as expected-failures.txt says (binder bugs to fix):");
    known.ForEach(k => Console.WriteLine($"  {k.Name}: {k.Detail}"));
}
var stale = expected.Stale(outcomes).ToList();
if (stale.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"FAILED: listed in expected-failures.txt but no longer failing that way (remove them): {string.Join(", ", stale)}");
}
var failures = outcomes.Where(o => o.IsFailure && !expected.Expects(o)).ToList();
if (failures.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"FAILED: {failures.Count} files end in a crash, a hang, an unlocated refusal, output written on error, or output that does not compile:");
    foreach (var failure in failures)
    {
        Console.WriteLine($"  {failure.Name}: {failure.Outcome}: {failure.Detail}");
    }
}
if (update)
{
    Baseline.Write(baselinePath, outcomes);
    Console.WriteLine($"baseline written: {baselinePath}");
}
var regressions = File.Exists(baselinePath) ? Baseline.Read(baselinePath).Regressions(outcomes, partial: only is not null) : [];
if (regressions.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"FAILED: below the baseline ({baselinePath}):");
    regressions.ForEach(r => Console.WriteLine("  " + r));
}
var exit = failures.Count > 0 || regressions.Count > 0 || stale.Count > 0 ? 1 : 0;
Console.WriteLine(exit == 0 ? "SWIG suite gate: passed" : "SWIG suite gate: FAILED");
// A hung generation still runs on its thread: leave without waiting for it.
Environment.Exit(exit);
return exit;

// folders: the module's own, then those of the modules it imports, whose C# is compiled with its own into one assembly.
FileOutcome Check(string name, IReadOnlyList<string> folders)
{
    var folder = folders[0];
    var started = Stopwatch.GetTimestamp();
    var (errors, warnings) = csharp.Compile(folders, name);
    Interlocked.Add(ref compilingCSharp, Stopwatch.GetTimestamp() - started);
    if (errors.Count > 0)
    {
        return new FileOutcome(name, Outcome.DoesNotCompile, "C#: " + string.Join(" | ", errors));
    }
    if (warnings.Count > 0)
    {
        csharpWarnings[name] = string.Join(" | ", warnings);
    }
    started = Stopwatch.GetTimestamp();
    errors = shim.Compile(folder);
    Interlocked.Add(ref compilingShims, Stopwatch.GetTimestamp() - started);
    if (errors.Count > 0)
    {
        return new FileOutcome(name, Outcome.DoesNotCompile, "C++: " + string.Join(" | ", errors));
    }
    using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
    var wrapped = report.RootElement.GetProperty("summary").GetProperty("wrapped").GetInt32();
    return new FileOutcome(name, wrapped > 0 ? Outcome.Wrapped : Outcome.Empty, $"{wrapped} members");
}

static string Seconds(long ticks) => (ticks / (double)Stopwatch.Frequency).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

partial class Program
{
    [GeneratedRegex(@"CS\d{4}")]
    private static partial Regex WarningIds();
}
