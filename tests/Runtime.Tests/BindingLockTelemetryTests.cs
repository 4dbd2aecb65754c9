using System.Diagnostics.Metrics;

namespace ItkBindGen.Runtime.Tests;

public class BindingLockTelemetryTests
{
    [Fact]
    public void HoldDurationsReachAListener()
    {
        using (BindingLock.HoldForNativeCall())
        {
            // Nobody listens yet: nothing to record.
        }

        var durations = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "ItkBindGen.Runtime" && instrument.Name == "itkbindgen.binding_lock.hold.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => durations.Add(value));
        listener.Start();

        using (BindingLock.HoldForNativeCall())
        {
            Thread.Sleep(20);
        }

        var duration = Assert.Single(durations);
        Assert.InRange(duration, 0.015, 5);
    }
}
