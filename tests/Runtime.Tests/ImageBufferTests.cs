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

    [Fact]
    public void CopyInAndOutRoundTrip()
    {
        short* buffer = (short*)NativeMemory.Alloc(3 * sizeof(short));
        try
        {
            ImageBuffers.CopyIn<short>([1, -2, 3], (nint)buffer, 3);
            Assert.Equal(-2, buffer[1]);
            Assert.Equal([1, -2, 3], ImageBuffers.CopyOut<short>((nint)buffer, 3));
            var destination = new short[3];
            ImageBuffers.CopyOut((nint)buffer, 3, destination.AsSpan());
            Assert.Equal([1, -2, 3], destination);
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    [Fact]
    public void CopiesRefuseMismatchedSizes()
    {
        int* buffer = (int*)NativeMemory.Alloc(4 * sizeof(int));
        try
        {
            var tooShort = Assert.Throws<ArgumentException>(() => ImageBuffers.CopyIn<int>([1, 2, 3], (nint)buffer, 4));
            Assert.Equal("source", tooShort.ParamName);
            Assert.Contains("3 pixels", tooShort.Message);
            Assert.Contains("holds 4", tooShort.Message);
            var tooLong = Assert.Throws<ArgumentException>(() => ImageBuffers.CopyOut((nint)buffer, 4, new int[5].AsSpan()));
            Assert.Equal("destination", tooLong.ParamName);
            Assert.Throws<ArgumentOutOfRangeException>(() => ImageBuffers.CopyOut<int>((nint)buffer, -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => ImageBuffers.CopyOut<byte>((nint)buffer, (long)int.MaxValue + 1));
            Assert.Throws<ArgumentException>(() => ImageBuffers.CopyOut<int>(0, 4));
            Assert.Empty(ImageBuffers.CopyOut<int>(0, 0));
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    [Fact]
    public void Utf8StringsAreRead()
    {
        Assert.Null(NativeStrings.FromUtf8(0));
        nint text = Marshal.StringToCoTaskMemUTF8("MedianImageFilter «F2»");
        try
        {
            Assert.Equal("MedianImageFilter «F2»", NativeStrings.FromUtf8(text));
        }
        finally
        {
            Marshal.FreeCoTaskMem(text);
        }
    }
}
