using ItkBindGen.Tests.Shared;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>Generated calls report to the runtime's meter with their module, proxy class and member.</summary>
public class TelemetryTests
{
    [Fact]
    public void UpdateIsTimedPerFilterAndHeldTimeIsReportedWithoutThreads()
    {
        var recorder = new TelemetryRecorder();

        using var input = TestImages.Random(128, 128, seed: 11);
        using var threaded = new Threaded.MedianImageFilterF2();
        threaded.SetInput(input);
        threaded.ProgressChanged += (_, _) => { };
        threaded.Update();
        using var lockedInput = Locked.ImageF2.FromPixels(TestImages.RandomPixels(128 * 128, seed: 11), 128, 128);
        using var locked = new Locked.MedianImageFilterF2();
        locked.SetInput(lockedInput);
        locked.Update();
        recorder.Dispose();
        var measurements = recorder.Measurements;

        Measurement Single(string instrument, string module) => Assert.Single(measurements,
            m => m.Instrument == instrument && (string?)m.Tags.GetValueOrDefault("module") == module && (string?)m.Tags["member"] == "Update");
        var threadedCall = Single("itkbindgen.native_call.duration", "ItkCore");
        Assert.Equal("MedianImageFilterF2", threadedCall.Tags["class"]);
        Assert.True(threadedCall.Value > 0);
        // With -threads the update does not hold the lock; without, it holds it for the whole call.
        Assert.DoesNotContain(measurements, m => m.Instrument == "itkbindgen.binding_lock.hold.duration"
            && (string?)m.Tags.GetValueOrDefault("module") == "ItkCore" && (string?)m.Tags["member"] == "Update");
        var lockedCall = Single("itkbindgen.native_call.duration", "ItkCoreLocked");
        Assert.Equal(lockedCall.Value, Single("itkbindgen.binding_lock.hold.duration", "ItkCoreLocked").Value);
        Assert.Contains(measurements, m => m.Instrument == "itkbindgen.callbacks" && (string?)m.Tags["event"] == "Progress");
    }
}
