using ItkBindGen.Tests.Shared;

namespace ItkBindGen.Runtime.Tests;

public class RuntimeTelemetryTests
{
    [Fact]
    public void HoldDurationsReachAListener()
    {
        using (BindingLock.HoldForNativeCall())
        {
            // Nobody listens yet: nothing to record.
        }

        var recorder = new TelemetryRecorder();
        using (recorder)
        {
            using (BindingLock.HoldForNativeCall())
            {
                Thread.Sleep(20);
            }
        }
        var measurements = recorder.Measurements;

        var hold = Assert.Single(measurements, m => m.Instrument == "itkbindgen.binding_lock.hold.duration" && m.Tags.Count == 0);
        Assert.InRange(hold.Value, 0.015, 5);
    }

    [Fact]
    public void ACallIsTimedAndTaggedWithItsModuleClassAndMember()
    {
        var recorder = new TelemetryRecorder();
        using (recorder)
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

        var ours = recorder.Measurements.Where(m => m.Tags.GetValueOrDefault(RuntimeTelemetry.ModuleTag) as string == "TelemetryTestModule").ToList();
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
        var recorder = new TelemetryRecorder();
        recorder.Dispose();

        using (NativeCall.Hold("TelemetryTestModule", this, "Unheard"))
        {
        }

        Assert.DoesNotContain(recorder.Measurements, m => m.Tag("member") == "Unheard");
    }
}
