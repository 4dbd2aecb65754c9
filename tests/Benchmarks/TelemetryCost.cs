using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using ItkBindGen.Runtime;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.Benchmarks;

/// <summary>
/// What the runtime's metrics cost a call: the generated GetMTime (a releasing call) and the bare
/// <see cref="NativeCall"/> scope while nobody listens and while a <see cref="MeterListener"/> records every
/// measurement, and the one check a call makes when nobody listens (an instrument's <c>Enabled</c>), alone.
/// Each benchmark does <see cref="Ops"/> operations.
/// </summary>
public class TelemetryCost
{
    public const int Ops = 1000;

    private static readonly Meter s_unlistened = new("ItkBindGen.Benchmarks.Unlistened");
    private static readonly Histogram<double> s_histogram = s_unlistened.CreateHistogram<double>("unlistened");

    private Threaded.MedianImageFilterF2 _filter = null!;
    private MeterListener? _listener;
    private long _measurements;

    [GlobalSetup(Targets = [nameof(MTimeNobodyListens), nameof(ScopeNobodyListens), nameof(EnabledCheck)])]
    public void Setup() => _filter = new Threaded.MedianImageFilterF2();

    [GlobalSetup(Targets = [nameof(MTimeListened), nameof(ScopeListened)])]
    public void SetupListened()
    {
        Setup();
        _listener = new MeterListener();
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RuntimeTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) => _measurements++);
        _listener.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener?.Dispose();
        _listener = null;
        _filter.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ops)]
    public ulong MTimeNobodyListens() => MTime();

    [Benchmark(OperationsPerInvoke = Ops)]
    public ulong MTimeListened() => MTime();

    [Benchmark(OperationsPerInvoke = Ops)]
    public void ScopeNobodyListens() => Scope();

    [Benchmark(OperationsPerInvoke = Ops)]
    public void ScopeListened() => Scope();

    [Benchmark(OperationsPerInvoke = Ops)]
    public int EnabledCheck()
    {
        var sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            if (s_histogram.Enabled)
            {
                sum++;
            }
            sum += i;
        }
        return sum;
    }

    private ulong MTime()
    {
        ulong sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            sum += _filter.GetMTime();
        }
        return sum;
    }

    private void Scope()
    {
        for (var i = 0; i < Ops; i++)
        {
            using (NativeCall.Release("ItkCore", this, "Scope"))
            {
            }
        }
    }
}
