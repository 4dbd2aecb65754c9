using System.Diagnostics.Metrics;

namespace ItkBindGen.Runtime.Tests;

public class RuntimeTelemetryTests
{
    private sealed record Measurement(string Instrument, double Value, Dictionary<string, object?> Tags);

    // Listens to the runtime's meter; measurements of other threads' calls (other tests) are filtered by tag.
    private static MeterListener Listen(List<Measurement> into)
    {
        var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RuntimeTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(into, instrument, value, tags));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(into, instrument, value, tags));
        listener.Start();
        return listener;
    }

    private static void Add(List<Measurement> into, Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            map[tag.Key] = tag.Value;
        }
        lock (into)
        {
            into.Add(new Measurement(instrument.Name, value, map));
        }
    }

    [Fact]
    public void HoldDurationsReachAListener()
    {
        using (BindingLock.HoldForNativeCall())
        {
            // Nobody listens yet: nothing to record.
        }

        var measurements = new List<Measurement>();
        using (Listen(measurements))
        {
            using (BindingLock.HoldForNativeCall())
            {
                Thread.Sleep(20);
            }
        }

        var hold = Assert.Single(measurements, m => m.Instrument == "itkbindgen.binding_lock.hold.duration" && m.Tags.Count == 0);
        Assert.InRange(hold.Value, 0.015, 5);
    }

    [Fact]
    public void ACallIsTimedAndTaggedWithItsModuleClassAndMember()
    {
        var measurements = new List<Measurement>();
        using (Listen(measurements))
        {
            using (NativeCall.Hold("TelemetryTestModule", this, "Held"))
            {
                Thread.Sleep(20);
            }
            using (NativeCall.Release("TelemetryTestModule", typeof(Version), "Released"))
            {
            }
            using (NativeCall.Keep("TelemetryTestModule", this, "Kept"))
            {
            }
        }

        var ours = measurements.Where(m => m.Tags.GetValueOrDefault(RuntimeTelemetry.ModuleTag) as string == "TelemetryTestModule").ToList();
        var held = Assert.Single(ours, m => m.Instrument == "itkbindgen.native_call.duration" && (string?)m.Tags["member"] == "Held");
        Assert.Equal(nameof(RuntimeTelemetryTests), held.Tags["class"]);
        Assert.InRange(held.Value, 0.015, 5);
        var hold = Assert.Single(ours, m => m.Instrument == "itkbindgen.binding_lock.hold.duration");
        Assert.Equal("Held", hold.Tags["member"]);
        Assert.Equal(held.Value, hold.Value);
        var released = Assert.Single(ours, m => (string?)m.Tags["member"] == "Released");
        Assert.Equal("Version", released.Tags["class"]);
        Assert.Equal("itkbindgen.native_call.duration", released.Instrument);
        Assert.Single(ours, m => (string?)m.Tags["member"] == "Kept");
    }

    [Fact]
    public void NothingIsRecordedAfterTheListenerStops()
    {
        var measurements = new List<Measurement>();
        Listen(measurements).Dispose();

        using (NativeCall.Hold("TelemetryTestModule", this, "Unheard"))
        {
        }

        Assert.DoesNotContain(measurements, m => (string?)m.Tags.GetValueOrDefault("member") == "Unheard");
    }
}
