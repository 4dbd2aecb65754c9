using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ItkBindGen.Benchmarks;

// Usage: ItkBindGen.Benchmarks [calls|directors|scaling|all] [--out <dir>]
// "calls" runs the per-call BenchmarkDotNet suites, "scaling" the concurrency measurements; each writes its
// markdown tables (calls.md, breakdown.md, telemetry.md, scaling.md) to --out and appends its target checks to targets.md.
// tests/Benchmarks/run.sh runs both and more.
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var outIndex = Array.IndexOf(args, "--out");
var outDir = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine(Environment.CurrentDirectory, "BenchmarkResults");
Directory.CreateDirectory(outDir);

if (mode is "calls" or "all" or "directors")
{
    // In process: the generated shims and SWIG's library are found next to this program, and a run takes
    // seconds instead of a rebuild per benchmark class.
    var job = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithWarmupCount(4)
        .WithIterationCount(15)
        .WithLaunchCount(1)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
    var config = ManualConfig.CreateEmpty()
        .AddJob(job)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddLogger(ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .WithArtifactsPath(Path.Combine(outDir, "BenchmarkDotNet"));
    var directors = BenchmarkRunner.Run<DirectorCost>(config);
    File.WriteAllText(Path.Combine(outDir, "directors.md"), CallOverheadReport.WriteDirectors(directors));
    if (mode == "directors")
    {
        return 0;
    }
    var summary = BenchmarkRunner.Run<CallOverheadBenchmarks>(config);
    File.WriteAllText(Path.Combine(outDir, "calls.md"), CallOverheadReport.Write(summary));
    File.AppendAllText(Path.Combine(outDir, "targets.md"), CallOverheadReport.Targets(summary));
    var breakdown = BenchmarkRunner.Run<CallCostBreakdown>(config);
    File.WriteAllText(Path.Combine(outDir, "breakdown.md"), CallOverheadReport.WriteBreakdown(breakdown));
    File.AppendAllText(Path.Combine(outDir, "targets.md"), CallOverheadReport.LockTargets(breakdown));
    var telemetry = BenchmarkRunner.Run<TelemetryCost>(config);
    File.WriteAllText(Path.Combine(outDir, "telemetry.md"), CallOverheadReport.WriteTelemetry(telemetry));
    File.AppendAllText(Path.Combine(outDir, "targets.md"), CallOverheadReport.TelemetryTargets(telemetry));
}

if (mode is "scaling" or "all")
{
    var (table, targets) = ConcurrencyScaling.Run(Console.Out);
    File.WriteAllText(Path.Combine(outDir, "scaling.md"), table);
    File.AppendAllText(Path.Combine(outDir, "targets.md"), targets);
}

if (mode is not ("calls" or "scaling" or "all" or "directors"))
{
    Console.Error.WriteLine($"unknown mode '{mode}': use calls, scaling or all");
    return 2;
}

return 0;
