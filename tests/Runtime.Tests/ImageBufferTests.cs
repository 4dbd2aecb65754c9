using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime.Tests;

public unsafe class ImageBufferTests
{
    [Fact]
    public void ViewKeepsTheImageAliveUntilDisposed()
    {
        float* pixels = (float*)NativeMemory.AllocZeroed(4 * sizeof(float));
        try
        {
            var image = FakeNative.NewHandle();
            nint pointer = image.DangerousGetHandle();
            var view = new ImageBufferView<float>(image, (nint)pixels, 4);
            image.Dispose(); // the proxy goes away first

            Assert.Equal(0, FakeNative.ReleaseCount(pointer));
            Assert.Equal(4, view.Length);
            view.Span[2] = 7.5f;
            Assert.Equal(7.5f, pixels[2]);

            view.Dispose();
            view.Dispose();
            Assert.True(view.IsDisposed);
            Assert.Equal(1, FakeNative.ReleaseCount(pointer));
            Assert.Throws<ObjectDisposedException>(() => view.Span.Length);
        }
        finally
        {
            NativeMemory.Free(pixels);
        }
    }

    [Fact]
    public void ViewOfADisposedImageIsRefused()
    {
        var image = FakeNative.NewHandle();
        image.Dispose();
        Assert.Throws<ObjectDisposedException>(() => new ImageBufferView<byte>(image, 0x1000, 1));
    }

    [Fact]
    public void ViewArgumentsAreChecked()
    {
        using var image = FakeNative.NewHandle();
        Assert.Throws<ArgumentNullException>(() => new ImageBufferView<byte>(null!, 0x1000, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImageBufferView<byte>(image, 0x1000, -1));
        Assert.Throws<ArgumentException>(() => new ImageBufferView<byte>(image, 0, 1));
        using var empty = new ImageBufferView<byte>(image, 0, 0);
        Assert.True(empty.Span.IsEmpty);
    }
}
