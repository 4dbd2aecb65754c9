using System.Globalization;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Reports;

namespace ItkBindGen.Benchmarks;

/// <summary>Turns the per-call summaries into markdown tables (ns and bytes per call) and the rows of the target table.</summary>
internal static class CallOverheadReport
{
    private static readonly (string Suffix, string Description)[] Paths =
    [
        ("Raw", "raw `LibraryImport` to an `extern \"C\"` function (floor)"),
        ("ShimEntry", "generated shim entry point, raw `LibraryImport` (no C# wrapper)"),
        ("ArrayAlone", "`new ulong[2]` alone (what the returned array costs)"),
        ("Locked", "generated, without `-threads` (holds the lock)"),
        ("ThreadedNotHeld", "generated, `-threads`, caller does not hold the lock"),
        ("ThreadedHeld", "generated, `-threads`, caller holds the lock"),
        ("ThreadedNothread", "generated `%nothread`, caller does not hold the lock"),
        ("ThreadedNothreadHeld", "generated `%nothread`, caller holds the lock (reentrant)"),
        ("Swig", "SWIG 4.1 C# with `%exception`"),
    ];

    private static readonly (string Category, string Call)[] Calls =
    [
        ("get", "getter `GetNumberOfWorkUnits()` (accessor macro: keeps the lock)"),
        ("set", "setter `SetNumberOfWorkUnits(1)` (accessor macro: keeps the lock)"),
        ("mtime", "getter `GetMTime()` (not an accessor: releases)"),
        ("radius", "array getter `GetRadius()`"),
        ("add", "static `TestHooks.Add(a, b)`"),
    ];

    private sealed record Measured(string Category, string Method, double Mean, double Error, long? Bytes);

    public static string Write(Summary summary) => Table(Rows(summary));

    private static List<Measured> Rows(Summary summary) =>
        summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => new Measured(
                r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "",
                r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                r.ResultStatistics!.Mean,
                r.ResultStatistics.StandardError,
                r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase)))
            .ToList();

    private static string Bytes(Measured row) => row.Bytes is { } bytes ? bytes.ToString(CultureInfo.InvariantCulture) : "?";

    private static string Table(List<Measured> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| call | path | ns/call | ± (std. error) | ratio to raw | B/call |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var (category, call) in Calls)
        {
            var inCategory = rows.Where(r => r.Category == category).ToList();
            var raw = inCategory.FirstOrDefault(r => r.Method.EndsWith("Raw", StringComparison.Ordinal));
            foreach (var (suffix, description) in Paths)
            {
                var row = inCategory.FirstOrDefault(r => r.Method.Length > category.Length
                    && string.Equals(r.Method[category.Length..], suffix, StringComparison.Ordinal));
                if (row is null)
                {
                    continue;
                }

                var ratio = raw is null ? "" : (row.Mean / raw.Mean).ToString("F2", CultureInfo.InvariantCulture);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {call} | {description} | {row.Mean:F2} | {row.Error:F2} | {ratio} | {Bytes(row)} |"));
            }
        }

        return text.ToString();
    }

    private static readonly Dictionary<string, string> Pieces = new()
    {
        ["GetterRawPointer"] = "getter, raw pointer argument (the floor)",
        ["GetterSafeHandle"] = "getter, `NativeObjectHandle` (SafeHandle) argument: AddRef/Release per call",
        ["GetterSafeHandleErrorChecked"] = "getter through the shim entry: SafeHandle + error out-parameter + pending-callback check",
        ["ReleaseScopeNotHeld"] = "`BindingLock.Release()` scope alone, lock not held (`-threads` fast path)",
        ["ReleaseScopeHeld"] = "`BindingLock.Release()` scope alone, lock held (exit + enter)",
        ["HoldForNativeCallScope"] = "`BindingLock.HoldForNativeCall()` scope alone, lock not held",
        ["AcquireScope"] = "`BindingLock.Acquire()` scope alone, lock not held",
        ["NativeCallReleaseNotHeld"] = "`NativeCall.Release()` scope alone (what every releasing call adds), lock not held",
        ["NativeCallHoldNotHeld"] = "`NativeCall.Hold()` scope alone, lock not held",
        ["NativeCallHoldHeld"] = "`NativeCall.Hold()` scope alone, lock held (reentrant: trivial accessors under `-threads`)",
        ["PlainLockExitEnterHeld"] = "`System.Threading.Lock` Exit + Enter while held",
        ["PlainLockEnterExit"] = "`System.Threading.Lock` Enter + Exit, uncontended",
    };

    /// <summary>The pieces of a call, each measured alone.</summary>
    public static string WriteBreakdown(Summary summary)
    {
        var text = new StringBuilder();
        text.AppendLine("| piece | ns/op | ± (std. error) | B/op |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var row in Rows(summary))
        {
            var description = Pieces.TryGetValue(row.Method, out var known) ? known : row.Method;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {description} | {row.Mean:F2} | {row.Error:F2} | {Bytes(row)} |"));
        }

        return text.ToString();
    }

    /// <summary>The per-call targets, as rows of the report's target table.</summary>
    public static string Targets(Summary summary)
    {
        var rows = Rows(summary);
        var text = new StringBuilder();
        foreach (var kind in new[] { "Get", "Set" })
        {
            Target(text, rows, $"{kind}: `-threads`, caller does not hold the lock <= 1.25x raw", [kind + "ThreadedNotHeld", kind + "Raw"],
                m => (Invariant($"{m[0] / m[1]:F2}x ({m[0]:F1} vs {m[1]:F1} ns)"), m[0] <= 1.25 * m[1]));
            Target(text, rows, $"{kind} (trivial accessor): `-threads`, caller holds the lock <= 2x SWIG", [kind + "ThreadedHeld", kind + "Swig"],
                m => (Invariant($"{m[0]:F1} vs {m[1]:F1} ns ({m[0] / m[1]:F2}x)"), m[0] <= 2 * m[1]));
            Target(text, rows, $"{kind}: without `-threads` <= 2x SWIG", [kind + "Locked", kind + "Swig"],
                m => (Invariant($"{m[0]:F1} vs {m[1]:F1} ns ({m[0] / m[1]:F2}x)"), m[0] <= 2 * m[1]));
        }

        Target(text, rows, "GetMTime: real release + reacquire (caller holds the lock) no slower than 2x SWIG", ["MtimeThreadedHeld", "MtimeSwig"],
            m => (Invariant($"{m[0]:F1} vs {m[1]:F1} ns ({m[0] / m[1]:F2}x)"), m[0] <= 2 * m[1]));

        // Every scalar benchmark the class declares, SWIG's aside: one without a figure (or without an allocation
        // figure) leaves the target not measured.
        var scalarTarget = "scalar getters and setters allocate 0 B per call (every generated path)";
        var declared = typeof(CallOverheadBenchmarks).GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null && !m.Name.EndsWith("Swig", StringComparison.Ordinal)
                && m.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault() is "get" or "set" or "mtime" or "add")
            .Select(m => m.Name)
            .ToList();
        var scalar = rows.Where(r => declared.Contains(r.Method) && r.Bytes is not null).ToList();
        var unmeasured = declared.Where(m => scalar.All(r => r.Method != m)).ToList();
        if (declared.Count == 0 || unmeasured.Count > 0)
        {
            NotMeasured(text, scalarTarget, declared.Count == 0 ? ["every scalar benchmark"] : unmeasured);
        }
        else
        {
            var allocating = scalar.Where(r => r.Bytes != 0).Select(r => $"{r.Method} {Bytes(r)} B").ToList();
            Row(text, scalarTarget, allocating.Count == 0 ? $"0 B in all {scalar.Count} benchmarks" : string.Join(", ", allocating), allocating.Count == 0);
        }

        var array = rows.FirstOrDefault(r => r.Method == "RadiusArrayAlone");
        var radius = rows.FirstOrDefault(r => r.Method == "RadiusThreadedNotHeld");
        if (array?.Bytes is null || radius?.Bytes is null)
        {
            NotMeasured(text, "GetRadius allocates nothing beyond the returned array",
                new[] { ("RadiusArrayAlone", array), ("RadiusThreadedNotHeld", radius) }.Where(p => p.Item2?.Bytes is null).Select(p => p.Item1).ToList());
        }
        else
        {
            Row(text, "GetRadius allocates nothing beyond the returned array", $"{Bytes(radius)} B per call, the array alone {Bytes(array)} B", radius.Bytes == array.Bytes);
        }

        return text.ToString();
    }

    /// <summary>The binding lock's own paths against a bare <see cref="Lock"/>, from the breakdown run.</summary>
    public static string LockTargets(Summary summary)
    {
        var rows = Rows(summary);
        var text = new StringBuilder();
        Target(text, rows, "`Release()` with the lock held (exit + reacquire) <= 1.2x a bare `Lock` Exit + Enter", ["ReleaseScopeHeld", "PlainLockExitEnterHeld"],
            m => (Invariant($"{m[0] / m[1]:F2}x ({m[0]:F2} vs {m[1]:F2} ns)"), m[0] <= 1.2 * m[1]));
        Target(text, rows, "`HoldForNativeCall()`, lock not held <= 1.2x a bare `Lock` Enter + Exit", ["HoldForNativeCallScope", "PlainLockEnterExit"],
            m => (Invariant($"{m[0] / m[1]:F2}x ({m[0]:F2} vs {m[1]:F2} ns)"), m[0] <= 1.2 * m[1]));
        Target(text, rows, "`Release()`, lock not held <= 0.5 ns", ["ReleaseScopeNotHeld"],
            m => (Invariant($"{m[0]:F2} ns"), m[0] <= 0.5));
        return text.ToString();
    }

    private static readonly Dictionary<string, string> TelemetryRows = new()
    {
        ["MTimeNobodyListens"] = "generated `GetMTime()` (releases), nobody listens to `ItkBindGen.Runtime`",
        ["MTimeListened"] = "generated `GetMTime()`, a `MeterListener` records every measurement",
        ["ScopeNobodyListens"] = "tagged `NativeCall.Release(module, self, member)` scope alone, nobody listens",
        ["ScopeListened"] = "tagged `NativeCall.Release(module, self, member)` scope alone, listened",
        ["EnabledCheck"] = "the check a call makes while nobody listens (`Histogram.Enabled`), alone, with the loop",
    };

    private static readonly Dictionary<string, string> DirectorRows = new()
    {
        ["GeneratedCall"] = "a generated call (`DivideBy`, releases the lock), the baseline",
        ["TwoVirtualCallsInCpp"] = "`ApplyTwice`: a generated call making two virtual calls that stay in C++ (not overridden)",
        ["TwoDirectorCallsIntoCSharp"] = "`ApplyTwice` with `Apply` overridden in C#: two director calls native → C# → native",
        ["UpdateNativeFilter"] = "`Modified()` + `Update()` of a native filter on a one-pixel image",
        ["UpdateManagedFilter"] = "`Modified()` + `Update()` of a C# filter (managed `GenerateData`) on a one-pixel image",
    };

    /// <summary>What a director call and a managed GenerateData cost, beside a plain generated call.</summary>
    public static string WriteDirectors(Summary summary)
    {
        var text = new StringBuilder();
        text.AppendLine("| call | ns/op | ± (std. error) | B/op |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var row in Rows(summary))
        {
            var description = DirectorRows.TryGetValue(row.Method, out var known) ? known : row.Method;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {description} | {row.Mean:F2} | {row.Error:F2} | {Bytes(row)} |"));
        }
        return text.ToString();
    }

    /// <summary>What the metrics cost a call, listened and not.</summary>
    public static string WriteTelemetry(Summary summary)
    {
        var text = new StringBuilder();
        text.AppendLine("| call | ns/op | ± (std. error) | B/op |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var row in Rows(summary))
        {
            var description = TelemetryRows.TryGetValue(row.Method, out var known) ? known : row.Method;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {description} | {row.Mean:F2} | {row.Error:F2} | {Bytes(row)} |"));
        }
        return text.ToString();
    }

    /// <summary>The metrics' target: at most 1 ns a call while nobody listens.</summary>
    public static string TelemetryTargets(Summary summary)
    {
        var rows = Rows(summary);
        var text = new StringBuilder();
        Target(text, rows, "metrics while nobody listens <= 1 ns a call (the `Enabled` check, loop included)", ["EnabledCheck"],
            m => (Invariant($"{m[0]:F2} ns"), m[0] <= 1));
        Target(text, rows, "a listened call costs more than an unlistened one (the measurement is really taken)", ["ScopeListened", "ScopeNobodyListens"],
            m => (Invariant($"{m[0]:F1} vs {m[1]:F1} ns"), m[0] > m[1]));
        return text.ToString();
    }

    /// <summary>
    /// A target row from the means of the named benchmarks; when any of them has no figure (it did not run, or
    /// BenchmarkDotNet has no result for it) the row says "not measured" and the target is not met.
    /// </summary>
    private static void Target(StringBuilder text, List<Measured> rows, string target, string[] methods, Func<double[], (string Result, bool Met)> judge)
    {
        var means = methods.Select(m => rows.FirstOrDefault(r => r.Method == m)?.Mean).ToArray();
        var missing = methods.Where((_, i) => means[i] is not { } mean || double.IsNaN(mean)).ToList();
        if (missing.Count > 0)
        {
            NotMeasured(text, target, missing);
            return;
        }
        var (result, met) = judge(means.Select(m => m!.Value).ToArray());
        Row(text, target, result, met);
    }

    /// <summary>The marker run.sh looks for: a target whose figures are missing fails the run.</summary>
    internal const string NotMeasuredText = "not measured";

    private static void NotMeasured(StringBuilder text, string target, IReadOnlyList<string> missing) =>
        Row(text, target, $"{NotMeasuredText} (no figure for {string.Join(", ", missing)})", false);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    internal static void Row(StringBuilder text, string target, string result, bool met) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {target} | {result} | {(met ? "yes" : "no")} |"));
}
