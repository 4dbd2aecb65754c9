using ItkBindGen.Tests.Shared;
using Locked = RealItkTest.Locked;
using Threaded = RealItkTest.Threaded;

namespace ItkBindGen.RealItk.Tests;

/// <summary>
/// The counterpart of ITK's test_gil_release.py on the real ITK, without timing: two threads each update a median
/// filter and wait inside it (in its StartEvent handler) for the other. With -threads both are inside ITK at once;
/// without, the second enters ITK only after the first has left. Wall-time figures of the same are the demo's
/// (samples/MedianDemo) and the benchmarks' (tests/Benchmarks, concurrency scaling).
/// </summary>
public class ThreadingTests
{
    private const ulong Size = 64;

    [Fact]
    public void ThreadedUpdatesAreInsideItkTogether() => TwoUpdates.AssertInsideTogether(ThreadedMedian);

    [Fact]
    public void LockedUpdatesTakeTurnsInsideItk() => TwoUpdates.AssertTakeTurns(LockedMedian);

    private static TwoUpdates.Update ThreadedMedian()
    {
        var image = Threaded.ImageF2.FromPixels(FilterResultTests.RandomPixels(checked((int)(Size * Size)), seed: 2), Size, Size);
        var median = new Threaded.MedianImageFilterF2();
        median.SetNumberOfWorkUnits(1);
        median.SetInput(image);
        median.SetRadius(2);
        return new((started, ended) => { median.Started += started; median.Ended += ended; }, median.Update, median, image);
    }

    private static TwoUpdates.Update LockedMedian()
    {
        var image = Locked.ImageF2.FromPixels(FilterResultTests.RandomPixels(checked((int)(Size * Size)), seed: 2), Size, Size);
        var median = new Locked.MedianImageFilterF2();
        median.SetNumberOfWorkUnits(1);
        median.SetInput(image);
        median.SetRadius(2);
        return new((started, ended) => { median.Started += started; median.Ended += ended; }, median.Update, median, image);
    }
}
