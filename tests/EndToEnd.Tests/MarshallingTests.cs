using ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>Values crossing the boundary: vectors, strings, default arguments, fixed arrays and pixel buffers.</summary>
public class MarshallingTests
{
    [Fact]
    public void VectorsGoInAndComeBack()
    {
        Assert.Equal(new[] { 2.0, -4.0, 7.0 }, TestHooks.Scale([1.0, -2.0, 3.5]));
        Assert.Equal(new[] { 0.5 }, TestHooks.Scale([1.0], 0.5));
        Assert.Empty(TestHooks.Scale([]));
    }

    [Fact]
    public void DefaultsCSharpCannotExpressBecomeOverloads()
    {
        Assert.Equal("apple: 1 item", TestHooks.Describe("apple"));
        Assert.Equal("apple: 3 items", TestHooks.Describe("apple", 3));
        Assert.Equal("ü: 2 crates", TestHooks.Describe("ü", 2, "crate"));
    }

    [Fact]
    public void EnumsCrossWithTheirValues()
    {
        Assert.Equal(TestColor.Green, TestHooks.NextColor(TestColor.Red));
        Assert.Equal(TestColor.Red, TestHooks.NextColor(TestColor.Blue));
        Assert.Equal(typeof(byte), Enum.GetUnderlyingType(typeof(TestColor)));
        Assert.Equal(-1, (int)TestHooks.Rounding.Down);
        Assert.Equal(2L, TestHooks.Round(2.5, TestHooks.Rounding.Down));
        Assert.Equal(3L, TestHooks.Round(2.5, TestHooks.Rounding.Up));
        Assert.Equal(-3L, TestHooks.Round(-2.5, TestHooks.Rounding.Nearest));
    }

    [Fact]
    public void FixedArraysRoundTrip()
    {
        using var median = new MedianImageFilterF2();
        median.SetRadius([3, 1]);
        Assert.Equal(new ulong[] { 3, 1 }, median.GetRadius());
        median.Radius = [2, 2];
        Assert.Equal(new ulong[] { 2, 2 }, median.Radius);
        Assert.Throws<ArgumentException>(() => median.SetRadius([1, 2, 3]));
    }

    [Fact]
    public void PixelViewIsZeroCopyAndKeepsTheImageAlive()
    {
        var image = ImageF2.FromPixels([1f, 2f, 3f, 4f, 5f, 6f], 3, 2);
        var view = image.GetPixelView();
        view.Span[4] = 42f;
        Assert.Equal(42f, image.ToArray()[4]);

        // Disposing the proxy while the view lives must not free the pixels under the view.
        image.Dispose();
        Assert.Equal(42f, view.Span[4]);
        view.Dispose();
        Assert.Throws<ObjectDisposedException>(() => view.Span[0]);
    }

    [Fact]
    public void FromPixelsChecksTheSize()
    {
        Assert.Throws<ArgumentException>(() => ImageF2.FromPixels([1f, 2f, 3f], 2, 2));
        Assert.Throws<ArgumentException>(() => ImageF2.FromPixels([1f, 2f], 2));
    }
}
