namespace ItkBindGen.Runtime.Tests;

public class NativeObjectTests
{
    [Fact]
    public void HandleThrowsAfterDisposeAndTheNativeObjectIsReleased()
    {
        var proxy = new FakeProxy(FakeNative.NewHandle());
        nint pointer = proxy.NativePointer;
        Assert.False(proxy.IsDisposed);
        Assert.Equal(pointer, proxy.Handle.DangerousGetHandle());
        proxy.Dispose();
        proxy.Dispose();
        Assert.True(proxy.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => proxy.Handle);
        Assert.Equal(pointer, proxy.NativePointer);
        Assert.Equal(1, FakeNative.ReleaseCount(pointer));
    }

    [Fact]
    public void ProxiesOfTheSameNativeObjectAreEqual()
    {
        nint pointer = FakeNative.NewPointer();
        using var first = new FakeProxy(new NativeObjectHandle(pointer, FakeNative.ReleaseFunction));
        using var second = new FakeProxy(new NativeObjectHandle(pointer, FakeNative.ReleaseFunction));
        using var other = new FakeProxy(FakeNative.NewHandle());
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.False(first.Equals(null));
    }

    [Fact]
    public void ToStringGivesTypeAndPointer()
    {
        using var proxy = new FakeProxy(FakeNative.NewHandle());
        Assert.Equal($"FakeProxy (0x{(ulong)proxy.NativePointer:X})", proxy.ToString());
    }

    [Fact]
    public void AProxyNeedsALiveHandle()
    {
        Assert.Throws<ArgumentException>(() => new FakeProxy(new NativeObjectHandle()));
        var closed = FakeNative.NewHandle();
        closed.Dispose();
        Assert.Throws<ArgumentException>(() => new FakeProxy(closed));
        Assert.Throws<ArgumentNullException>(() => new FakeProxy(null!));
    }

    [Fact]
    public void DisposeDuringACallMarksTheProxyDisposedButKeepsTheObjectForTheCall()
    {
        var proxy = new FakeProxy(FakeNative.NewHandle());
        nint pointer = proxy.NativePointer;
        var handle = proxy.Handle;
        bool added = false;
        handle.DangerousAddRef(ref added);
        proxy.Dispose();
        Assert.True(proxy.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => proxy.Handle);
        Assert.Equal(0, FakeNative.ReleaseCount(pointer));
        handle.DangerousRelease();
        Assert.Equal(1, FakeNative.ReleaseCount(pointer));
    }

    private sealed class FakeProxy(NativeObjectHandle handle) : NativeObject(handle);
}
