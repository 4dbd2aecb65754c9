using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime.Tests;

public partial class NativeObjectHandleTests
{
    [Fact]
    public void DisposeCallsTheReleaseFunctionExactlyOnce()
    {
        var handle = FakeNative.NewHandle();
        nint pointer = handle.DangerousGetHandle();
        Assert.False(handle.IsInvalid);
        Assert.Equal(pointer, handle.Pointer);
        handle.Dispose();
        handle.Dispose();
        Assert.Equal(1, FakeNative.ReleaseCount(pointer));
        Assert.Equal(0, handle.Pointer);
    }

    [Fact]
    public void ZeroPointerIsInvalidAndReleasesNothing()
    {
        var handle = new NativeObjectHandle(0, FakeNative.ReleaseFunction);
        Assert.True(handle.IsInvalid);
        handle.Dispose();
        Assert.Equal(0, FakeNative.ReleaseCount(0));
        Assert.True(new NativeObjectHandle().IsInvalid);
    }

    [Fact]
    public void APointerWithoutAReleaseFunctionIsRejected()
    {
        Assert.Throws<ArgumentException>(() => new NativeObjectHandle(FakeNative.NewPointer(), 0));
    }

    [Fact]
    public void DisposeDuringACallOnAnotherThreadReleasesWhenTheCallEnds()
    {
        var handle = FakeNative.NewHandle();
        nint pointer = handle.DangerousGetHandle();
        using var inCall = new ManualResetEventSlim();
        using var finishCall = new ManualResetEventSlim();
        var call = TestThreads.Start(() =>
        {
            // What the LibraryImport marshaller does around a native call.
            bool added = false;
            handle.DangerousAddRef(ref added);
            inCall.Set();
            finishCall.Wait();
            int releasesDuringCall = FakeNative.ReleaseCount(pointer);
            handle.DangerousRelease();
            return releasesDuringCall;
        });

        Assert.True(inCall.Wait(TestThreads.Deadline));
        handle.Dispose();
        Assert.False(handle.IsClosed); // SafeHandle closes only when the last reference is gone.
        Assert.Equal(0, FakeNative.ReleaseCount(pointer));
        finishCall.Set();
        Assert.Equal(0, TestThreads.Finish(call));
        Assert.Equal(1, FakeNative.ReleaseCount(pointer));
        Assert.True(handle.IsClosed);
    }

    [Fact]
    public void AddRefAfterDisposeThrowsObjectDisposed()
    {
        var handle = FakeNative.NewHandle();
        handle.Dispose();
        bool added = false;
        Assert.Throws<ObjectDisposedException>(() => handle.DangerousAddRef(ref added));
    }

    [Fact]
    public void LibraryImportMarshallingPassesThePointerAndRefusesADisposedHandle()
    {
        var handle = FakeNative.NewHandle();
        nint pointer = handle.DangerousGetHandle();
        Assert.Equal((long)pointer, LongAbs(handle));
        handle.Dispose();
        Assert.Throws<ObjectDisposedException>(() => LongAbs(handle));
        Assert.Equal(1, FakeNative.ReleaseCount(pointer));
    }

    [Fact]
    public void FinalizerReleasesWhileAnotherThreadHoldsTheBindingLock()
    {
        nint pointer = TestThreads.Finish(TestThreads.Start(() =>
        {
            using (BindingLock.Acquire())
            {
                nint abandoned = AbandonHandle();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                return abandoned;
            }
        }));
        Assert.Equal(1, FakeNative.ReleaseCount(pointer));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint AbandonHandle() => FakeNative.NewHandle().DangerousGetHandle();

    // A real LibraryImport taking the handle: labs returns the pointer value it was given.
    [LibraryImport("libc.so.6", EntryPoint = "labs")]
    private static partial long LongAbs(NativeObjectHandle handle);
}
