using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// The runtime's metrics, on the meter <c>ItkBindGen.Runtime</c> (read them with <c>dotnet-counters monitor
/// --counters ItkBindGen.Runtime</c> or any <see cref="MeterListener"/>): how long wrapped native calls take and how
/// long they hold the binding lock, tagged with the module, the proxy class and the member; how many callbacks
/// native code made and how many gave up on a deadlock. While nobody listens a call pays one check of each histogram.
/// </summary>
public static class RuntimeTelemetry
{
    /// <summary>The meter name listeners subscribe to.</summary>
    public const string MeterName = "ItkBindGen.Runtime";

    /// <summary>Tag names of the call histograms.</summary>
    public const string ModuleTag = "module", ClassTag = "class", MemberTag = "member", EventTag = "event";

    private static readonly Meter s_meter = new(MeterName);

    internal static readonly Histogram<double> CallDuration = s_meter.CreateHistogram<double>(
        "itkbindgen.native_call.duration",
        unit: "s",
        description: "How long a wrapped native call ran (without the binding lock's release and reacquire).");

    internal static readonly Histogram<double> HoldDuration = s_meter.CreateHistogram<double>(
        "itkbindgen.binding_lock.hold.duration",
        unit: "s",
        description: "How long a native call or a callback handler held the binding lock.");

    internal static readonly Counter<long> Callbacks = s_meter.CreateCounter<long>(
        "itkbindgen.callbacks",
        description: "Callbacks from native code into C# handlers (ITK events).");

    internal static readonly Counter<long> Deadlocks = s_meter.CreateCounter<long>(
        "itkbindgen.binding_lock.callback_deadlocks",
        description: "Callbacks that gave up waiting for a binding lock held for a native call.");

    /// <summary>Start mark of a hold: 0 when nobody listens, else timestamp + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long HoldStart() => HoldDuration.Enabled ? Stopwatch.GetTimestamp() + 1 : 0;

    /// <summary>Start mark of a call: 0 when nobody listens to the call histogram (or, for a holding call, the hold one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long CallStart(bool holds) =>
        CallDuration.Enabled || (holds && HoldDuration.Enabled) ? Stopwatch.GetTimestamp() + 1 : 0;

    internal static void RecordHold(long startMark) =>
        HoldDuration.Record(Stopwatch.GetElapsedTime(startMark - 1).TotalSeconds);

    /// <summary>Records a call that started at <paramref name="startMark"/> and ended at <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void RecordCall(long startMark, long end, bool held, string? module, object? self, string? member)
    {
        var seconds = Stopwatch.GetElapsedTime(startMark - 1, end).TotalSeconds;
        var tags = new TagList
        {
            { ModuleTag, module },
            { ClassTag, self is null ? null : (self as Type ?? self.GetType()).Name },
            { MemberTag, member },
        };
        CallDuration.Record(seconds, tags);
        if (held)
        {
            HoldDuration.Record(seconds, tags);
        }
    }

    /// <summary>Counts a callback; returns its hold's start mark when <paramref name="timesHold"/> (it takes the lock itself).</summary>
    internal static long CallbackStart(ItkEventKind kind, bool timesHold)
    {
        if (Callbacks.Enabled)
        {
            Callbacks.Add(1, new KeyValuePair<string, object?>(EventTag, kind.ToString()));
        }
        return timesHold ? HoldStart() : 0;
    }

    internal static void RecordCallbackHold(long startMark, ItkEventKind kind) =>
        HoldDuration.Record(Stopwatch.GetElapsedTime(startMark - 1).TotalSeconds, new KeyValuePair<string, object?>(EventTag, kind.ToString()));

    internal static void RecordDeadlock() => Deadlocks.Add(1);

    internal static readonly Counter<long> DirectorExceptions = s_meter.CreateCounter<long>(
        "itkbindgen.director.exceptions",
        description: "Exceptions C# overrides threw into native code through a director.");

    internal static void RecordDirectorException() => DirectorExceptions.Add(1);
}
