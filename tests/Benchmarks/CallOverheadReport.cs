using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace ItkBindGen.Benchmarks;

/// <summary>Turns the per-call summary into one markdown table: ns per call and the ratio to the raw call.</summary>
internal static class CallOverheadReport
{
    private static readonly (string Suffix, string Description)[] Paths =
    [
        ("Raw", "raw `LibraryImport` to an `extern \"C\"` function (floor)"),
        ("ShimEntry", "generated shim entry point, raw `LibraryImport` (no C# wrapper)"),
        ("Locked", "generated, without `-threads` (holds the lock)"),
        ("ThreadedNotHeld", "generated, `-threads`, caller does not hold the lock"),
        ("ThreadedHeld", "generated, `-threads`, caller holds the lock (release + reacquire)"),
        ("ThreadedNothread", "generated `%nothread`, caller does not hold the lock"),
        ("ThreadedNothreadHeld", "generated `%nothread`, caller holds the lock (reentrant)"),
        ("Swig", "SWIG 4.1 C# with `%exception`"),
    ];

    private static readonly (string Category, string Call)[] Calls =
    [
        ("get", "getter `GetNumberOfWorkUnits()`"),
        ("set", "setter `SetNumberOfWorkUnits(1)`"),
        ("add", "static `TestHooks.Add(a, b)`"),
    ];

    public static string Write(Summary summary) => Table(Rows(summary));

    private static List<(string Category, string Method, double Mean, double Error)> Rows(Summary summary)
    {
        return summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => (
                Category: r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "",
                Method: r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                Mean: r.ResultStatistics!.Mean,
                Error: r.ResultStatistics.StandardError))
            .ToList();
    }

    private static string Table(List<(string Category, string Method, double Mean, double Error)> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| call | path | ns/call | ± (std. error) | ratio to raw |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var (category, call) in Calls)
        {
            var inCategory = rows.Where(r => r.Category == category).ToList();
            var raw = inCategory.FirstOrDefault(r => r.Method.EndsWith("Raw", StringComparison.Ordinal));
            foreach (var (suffix, description) in Paths)
            {
                var row = inCategory.FirstOrDefault(r => r.Method.Length > category.Length
                    && string.Equals(r.Method[category.Length..], suffix, StringComparison.Ordinal));
                if (row.Method is null)
                {
                    continue;
                }

                var ratio = raw.Method is null ? "" : (row.Mean / raw.Mean).ToString("F2", CultureInfo.InvariantCulture);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {call} | {description} | {row.Mean:F2} | {row.Error:F2} | {ratio} |"));
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
        ["HoldForNativeCallScope"] = "`BindingLock.HoldForNativeCall()` scope alone, lock not held (without `-threads`, `%nothread`)",
        ["AcquireScope"] = "`BindingLock.Acquire()` scope alone, lock not held",
        ["NativeCallScope"] = "`NativeCallbacks.BeginCall()` scope alone (setters and Update)",
        ["PlainLockEnterExit"] = "`System.Threading.Lock` Enter + Exit, uncontended",
    };

    /// <summary>The pieces of a call, each measured alone.</summary>
    public static string WriteBreakdown(Summary summary)
    {
        var text = new StringBuilder();
        text.AppendLine("| piece | ns/op | ± (std. error) |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var row in Rows(summary))
        {
            var description = Pieces.TryGetValue(row.Method, out var known) ? known : row.Method;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {description} | {row.Mean:F2} | {row.Error:F2} |"));
        }

        return text.ToString();
    }

    /// <summary>The per-call targets of the issue, as rows of the report's target table.</summary>
    public static string Targets(Summary summary)
    {
        var rows = Rows(summary);
        double Mean(string method) => rows.FirstOrDefault(r => r.Method == method).Mean;
        var text = new StringBuilder();
        foreach (var kind in new[] { "Get", "Set" })
        {
            var raw = Mean(kind + "Raw");
            var notHeld = Mean(kind + "ThreadedNotHeld");
            var held = Mean(kind + "ThreadedHeld");
            var locked = Mean(kind + "Locked");
            var swig = Mean(kind + "Swig");
            Row(text, $"{kind}: `-threads` fast path <= 1.25x raw", Invariant($"{notHeld / raw:F2}x ({notHeld:F1} vs {raw:F1} ns)"), notHeld <= 1.25 * raw);
            if (swig > 0)
            {
                Row(text, $"{kind}: real release/reacquire no slower than SWIG", Invariant($"{held:F1} vs {swig:F1} ns ({held / swig:F2}x)"), held <= swig);
                Row(text, $"{kind}: without `-threads` <= 2x SWIG", Invariant($"{locked:F1} vs {swig:F1} ns ({locked / swig:F2}x)"), locked <= 2 * swig);
            }
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    internal static void Row(StringBuilder text, string target, string result, bool met) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {target} | {result} | {(met ? "yes" : "no")} |"));
}
