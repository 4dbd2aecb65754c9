using ItkBindGen.Runtime;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>
/// %feature("director") on the native core's TestCalculator: C++ code calling its virtual members reaches C#
/// overrides, non-overridden members run the C++ implementation, exceptions travel both ways, and a call back from a
/// native worker thread completes with -threads and is reported, not hung, without.
/// </summary>
public class DirectorTests
{
    private sealed class Overrides : Threaded.TestCalculator
    {
        public List<string> Recorded { get; } = [];

        public int Steps { get; private set; }

        public override double Apply(double value) => value * 3;

        public override int Combine(int first, int second) => (first * 10) + second;

        public override bool Accepts(byte value) => value % 2 == 0;

        public override Threaded.TestColor Next(Threaded.TestColor color) =>
            color == Threaded.TestColor.Blue ? Threaded.TestColor.Red : Threaded.TestColor.Blue;

        public override void Record(string message)
        {
            Recorded.Add(message);
            base.Record(message.ToUpperInvariant());
        }

        protected override void Step()
        {
            Steps++;
            base.Step();
        }
    }

    private sealed class Throws : Threaded.TestCalculator
    {
        public Exception? Thrown { get; private set; }

        public override double Apply(double value)
        {
            Thrown = new InvalidTimeZoneException("thrown by the C# override");
            throw Thrown;
        }

        // The C++ implementation throws itk::RangeError for a zero divisor: the override sees the typed exception.
        public override int Divide(int dividend, int divisor)
        {
            try
            {
                return base.Divide(dividend, divisor);
            }
            catch (ItkRangeException)
            {
                return -1;
            }
        }
    }

    private sealed class LockedApply : Locked.TestCalculator
    {
        public override double Apply(double value) => value + 1;
    }

    [Fact]
    public void CppCallsReachTheCSharpOverridesOfEverySignature()
    {
        using var calculator = new Overrides();

        Assert.Equal(18, calculator.ApplyTwice(2));
        Assert.Equal(123, calculator.Fold(4));
        Assert.Equal(5, calculator.CountAccepted(10));
        Assert.Equal(Threaded.TestColor.Red, calculator.NextTwice(Threaded.TestColor.Red));
        calculator.RecordAll("first", "second");

        Assert.Equal(["first", "second"], calculator.Recorded);
        Assert.Equal("FIRST\nSECOND\n", calculator.GetLog());
        // The protected Step: the C# override ran, and its base call reached the C++ implementation.
        Assert.Equal(4, calculator.Steps);
        Assert.Equal(4, calculator.GetSteps());
    }

    [Fact]
    public void MembersNotOverriddenRunTheCppImplementationFromBothSides()
    {
        using var plain = new Threaded.TestCalculator();
        using var overrides = new Overrides();

        Assert.Equal(12, plain.ApplyTwice(3));
        Assert.Equal(6, plain.Apply(3));
        Assert.Equal(6, plain.Fold(4));
        Assert.Equal(128, plain.CountAccepted(256));
        // Divide is not overridden by Overrides: C++ and C# both get the C++ result.
        Assert.Equal(3, overrides.DivideBy(7, 2));
        Assert.Equal(3, overrides.Divide(7, 2));
    }

    [Fact]
    public void ACSharpExceptionCrossesCppAsAnItkExceptionAndReachesTheCallerInside()
    {
        using var calculator = new Throws();

        var exception = Assert.Throws<ItkException>(() => calculator.ApplyTwice(1));

        Assert.Same(calculator.Thrown, exception.InnerException);
        Assert.Contains(nameof(Throws.Apply), exception.InnerException!.StackTrace, StringComparison.Ordinal);
        Assert.Contains("thrown by the C# override", exception.Message, StringComparison.Ordinal);
        Assert.Equal("ManagedCallbackError", exception.Details.NativeTypeName);
        // The object is still usable after the exception unwound through C++.
        Assert.Equal(2, calculator.DivideBy(4, 2));
    }

    [Fact]
    public void ANativeExceptionInABaseCallReachesTheOverrideTyped()
    {
        using var calculator = new Throws();

        Assert.Equal(-1, calculator.DivideBy(1, 0));
    }

    [Fact]
    public void ACallBackFromANativeWorkerThreadCompletesWithThreads()
    {
        using var calculator = new Overrides();

        Assert.Equal(21, calculator.ApplyOnWorkerThread(7));
    }

    [Fact]
    public void WithoutThreadsACallBackFromAWorkerWhileTheCallerHoldsTheLockIsReportedNotHung()
    {
        var timeout = BindingLock.CallbackTimeout;
        BindingLock.CallbackTimeout = TimeSpan.Zero;
        try
        {
            using var calculator = new LockedApply();
            // On the calling thread the lock is reentrant: the override runs.
            Assert.Equal(8, calculator.ApplyTwice(6));

            // The caller holds the lock inside native code while a worker calls back: the worker cannot have it.
            var exception = Assert.Throws<ItkException>(() => calculator.ApplyOnWorkerThread(1));

            Assert.IsType<BindingLockDeadlockException>(exception.InnerException);
        }
        finally
        {
            BindingLock.CallbackTimeout = timeout;
        }
    }

    [Fact]
    public void AProtectedMemberOfAnObjectThatIsNotADirectorCannotBeCalled()
    {
        using var median = new Threaded.MedianImageFilterF2();
        var subclassCall = typeof(Threaded.ImageToImageFilterF2).GetMethod("AllocateOutputs", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;

        var exception = Assert.Throws<System.Reflection.TargetInvocationException>(() => subclassCall.Invoke(median, null));

        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void ADisposedDirectorLetsItsCSharpObjectGo()
    {
        var before = Threaded.TestHooks.GetLiveObjectCount();
        var collected = CreateAndDispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(collected.TryGetTarget(out _));
        Assert.Equal(before, Threaded.TestHooks.GetLiveObjectCount());
    }

    private static WeakReference<Overrides> CreateAndDispose()
    {
        var calculator = new Overrides();
        Assert.Equal(9, calculator.ApplyTwice(1));
        calculator.Dispose();
        return new WeakReference<Overrides>(calculator);
    }
}
