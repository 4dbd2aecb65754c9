using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// Metrics of the binding lock, published on the meter <c>ItkBindGen.Runtime</c>: how long native calls hold
/// the lock, and how many callbacks gave up on a deadlock. Costs one field read per call while nobody listens.
/// </summary>
internal static class BindingLockTelemetry
{
    /// <summary>The meter name listeners subscribe to.</summary>
    internal const string MeterName = "ItkBindGen.Runtime";

    private static readonly Meter s_meter = new(MeterName);

    internal static readonly Histogram<double> HoldDuration = s_meter.CreateHistogram<double>(
        "itkbindgen.binding_lock.hold.duration",
        unit: "s",
        description: "How long a native call held the binding lock (NativeCall.Hold and HoldForNativeCall scopes).");

    internal static readonly Counter<long> Deadlocks = s_meter.CreateCounter<long>(
        "itkbindgen.binding_lock.callback_deadlocks",
        description: "Callbacks that gave up waiting for a binding lock held for a native call.");

    /// <summary>Start mark of a hold: 0 when nobody listens, else timestamp + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long StartTimestamp() => HoldDuration.Enabled ? Stopwatch.GetTimestamp() + 1 : 0;

    internal static void RecordHold(long startTimestamp) =>
        HoldDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds);

    internal static void RecordDeadlock() => Deadlocks.Add(1);
}
