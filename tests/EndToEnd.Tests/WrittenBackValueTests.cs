using ItkBindGen.Runtime;
using ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

/// <summary>The value kinds the marshalling model added: regions, out and ref parameters, C arrays and %apply arrays.</summary>
public class WrittenBackValueTests
{
    [Fact]
    public void OutParametersComeBackAndRefParametersGoBothWays()
    {
        Assert.True(TestHooks.Divide(17, 5, out var quotient, out var remainder));
        Assert.Equal((3, 2), (quotient, remainder));
        Assert.False(TestHooks.Divide(1, 0, out _, out _));

        double first = 1.5, second = -2.0;
        TestHooks.Swap(ref first, ref second);
        Assert.Equal((-2.0, 1.5), (first, second));
    }

    [Fact]
    public void CArraysAndArraysThroughApplyAreLengthChecked()
    {
        TestHooks.Reverse([1, 2, 3], out var reversed);
        Assert.Equal(new long[] { 3, 2, 1 }, reversed);
        Assert.Throws<ArgumentException>(() => TestHooks.Reverse([1, 2], out _));

        Assert.Equal(10.0, TestHooks.Sum([1.0, 2.0, 3.0, 4.0], 4));
        var tooShort = Assert.Throws<ArgumentException>(() => TestHooks.Sum([1.0, 2.0], 2));
        Assert.Equal("values", tooShort.ParamName);
    }

    [Fact]
    public void PrintWritesIntoAnOutString()
    {
        using var median = new MedianImageFilterF2();
        median.Print(out var text);
        Assert.Contains("MedianImageFilter", text, StringComparison.Ordinal);
        median.Print(out var indented, 4);
        Assert.StartsWith("    ", indented, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionsRoundTripThroughAnImage()
    {
        using var image = ImageF2.FromPixels(new float[12], 4, 3);
        Assert.Equal(new ImageRegion([0, 0], [4, 3]), image.LargestPossibleRegion);

        var requested = new ImageRegion([1, 1], [2, 2]);
        image.RequestedRegion = requested;
        Assert.Equal(requested, image.GetRequestedRegion());
        Assert.Equal(new ImageRegion([0, 0], [4, 3]), image.BufferedRegion);
        Assert.Throws<ArgumentException>(() => image.SetRequestedRegion(new ImageRegion([0, 0, 0], [1, 1, 1])));
    }

    [Fact]
    public void ASpanVarianceThroughApplyEqualsTheFixedArrayOverload()
    {
        var pixels = Enumerable.Range(0, 16 * 12).Select(i => (float)(i % 7)).ToArray();
        float[] Smooth(Action<DiscreteGaussianImageFilterF2> configure)
        {
            using var input = ImageF2.FromPixels(pixels, 16, 12);
            using var gaussian = new DiscreteGaussianImageFilterF2();
            gaussian.SetInput(input);
            configure(gaussian);
            gaussian.Update();
            using var output = gaussian.GetOutput()!;
            return output.ToArray();
        }

        var throughSpan = Smooth(g => g.SetVariance((ReadOnlySpan<double>)[1.0, 4.0]));
        var throughArray = Smooth(g => g.SetVariance(new[] { 1.0, 4.0 }));
        Assert.Equal(throughArray, throughSpan);
        Assert.NotEqual(Smooth(g => g.SetVariance(1.0)), throughSpan);

        using var gaussian = new DiscreteGaussianImageFilterF2();
        var error = Assert.Throws<ItkArgumentException>(() => gaussian.SetVariance((ReadOnlySpan<double>)[1.0, 2.0, 3.0]));
        Assert.Contains("v: expected 2 values, got 3", error.Message, StringComparison.Ordinal);
    }
}
