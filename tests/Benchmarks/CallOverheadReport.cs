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

    public static string Write(Summary summary)
    {
        var rows = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => (
                Category: r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "",
                Method: r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                Mean: r.ResultStatistics!.Mean,
                Error: r.ResultStatistics.StandardError))
            .ToList();

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
}
