using System.Globalization;

namespace ItkBindGen.Runtime.Tests;

public class ImageRegionTests
{
    [Fact]
    public void ConstructorCopiesIndexAndSize()
    {
        long[] index = [3, 4];
        ulong[] size = [20, 10];
        var region = new ImageRegion(index, size);

        index[0] = 99;
        size[1] = 99;

        Assert.Equal(2, region.Dimension);
        Assert.Equal([3L, 4L], region.Index.ToArray());
        Assert.Equal([20UL, 10UL], region.Size.ToArray());
    }

    [Fact]
    public void SizeOnlyConstructorStartsAtZeroAndCopies()
    {
        ulong[] size = [5, 6, 7];
        var region = new ImageRegion(size);
        size[0] = 1;

        Assert.Equal(3, region.Dimension);
        Assert.Equal([0L, 0L, 0L], region.Index.ToArray());
        Assert.Equal([5UL, 6UL, 7UL], region.Size.ToArray());
        Assert.Equal(new ImageRegion([0, 0, 0], [5, 6, 7]), region);
    }

    [Fact]
    public void FromArraysKeepsTheArraysWithoutCopying()
    {
        long[] index = [1, 2];
        ulong[] size = [3, 4];
        var region = ImageRegion.FromArrays(index, size);

        // Breaking the documented contract shows that no copy was made.
        size[0] = 8;
        Assert.Equal(8UL, region.Size[0]);
        Assert.Equal(32UL, region.NumberOfPixels);
    }

    [Fact]
    public void MismatchedOrEmptyDimensionsAreRefused()
    {
        var mismatch = Assert.Throws<ArgumentException>(() => new ImageRegion([1, 2], [3]));
        Assert.Equal("size", mismatch.ParamName);

        var sizeMissing = Assert.Throws<ArgumentException>(() => new ImageRegion([1], []));
        Assert.Equal("size", sizeMissing.ParamName);

        var empty = Assert.Throws<ArgumentException>(() => new ImageRegion([], []));
        Assert.Equal("index", empty.ParamName);

        var indexMissing = Assert.Throws<ArgumentException>(() => new ImageRegion([], [1]));
        Assert.Equal("index", indexMissing.ParamName);

        var sizeOnly = Assert.Throws<ArgumentException>(() => new ImageRegion(ReadOnlySpan<ulong>.Empty));
        Assert.Equal("size", sizeOnly.ParamName);

        var arrays = Assert.Throws<ArgumentException>(() => ImageRegion.FromArrays([1, 2], [3]));
        Assert.Equal("size", arrays.ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentException>(() => ImageRegion.FromArrays([], [])).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentNullException>(() => ImageRegion.FromArrays(null!, [1])).ParamName);
        Assert.Equal("size", Assert.Throws<ArgumentNullException>(() => ImageRegion.FromArrays([1], null!)).ParamName);
    }

    [Fact]
    public void RegionsCompareByValue()
    {
        var a = new ImageRegion([3, 4], [20, 10]);
        var b = ImageRegion.FromArrays([3, 4], [20, 10]);
        var otherIndex = new ImageRegion([3, 5], [20, 10]);
        var otherSize = new ImageRegion([3, 4], [20, 11]);
        var otherDimension = new ImageRegion([3, 4, 0], [20, 10, 1]);

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());

        Assert.NotEqual(a, otherIndex);
        Assert.NotEqual(a, otherSize);
        Assert.NotEqual(a, otherDimension);
        Assert.True(a != otherIndex);
        Assert.False(a == otherSize);
        Assert.False(a.Equals("ImageRegion(index [3, 4], size [20, 10])"));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void DefaultRegionIsEmpty()
    {
        ImageRegion region = default;

        Assert.Equal(0, region.Dimension);
        Assert.True(region.Index.IsEmpty);
        Assert.True(region.Size.IsEmpty);
        Assert.Equal(0UL, region.NumberOfPixels);
        Assert.False(region.IsInside([]));
        Assert.Equal(new ImageRegion(), region);
        Assert.True(region == default);
        Assert.Equal(default(ImageRegion).GetHashCode(), region.GetHashCode());
        Assert.NotEqual(new ImageRegion([1]), region);
        Assert.Equal("ImageRegion(index [], size [])", region.ToString());
    }

    [Fact]
    public void NumberOfPixelsIsTheProductOfTheSize()
    {
        Assert.Equal(200UL, new ImageRegion([3, 4], [20, 10]).NumberOfPixels);
        Assert.Equal(7UL, new ImageRegion([7]).NumberOfPixels);
        Assert.Equal(0UL, new ImageRegion([5, 0, 2]).NumberOfPixels);

        var huge = new ImageRegion([ulong.MaxValue, 2]);
        Assert.Throws<OverflowException>(() => huge.NumberOfPixels);
    }

    [Fact]
    public void IsInsideHasAnInclusiveStartAndAnExclusiveEnd()
    {
        var region = new ImageRegion([3, 4], [20, 10]);

        Assert.True(region.IsInside([3, 4]));
        Assert.True(region.IsInside([10, 8]));
        Assert.True(region.IsInside([22, 13]));
        Assert.False(region.IsInside([23, 8]));
        Assert.False(region.IsInside([10, 14]));
        Assert.False(region.IsInside([2, 8]));
        Assert.False(region.IsInside([10, 3]));
        Assert.False(new ImageRegion([4, 0]).IsInside([0, 0]));
    }

    [Fact]
    public void IsInsideHandlesExtremeIndices()
    {
        var region = new ImageRegion([long.MinValue], [ulong.MaxValue]);

        Assert.True(region.IsInside([long.MinValue]));
        Assert.True(region.IsInside([long.MaxValue - 1]));
        Assert.False(region.IsInside([long.MaxValue]));
    }

    [Fact]
    public void IsInsideRefusesAnIndexOfAnotherDimension()
    {
        // A mismatched index is a caller's bug, so it throws rather than reading as "outside".
        var region = new ImageRegion([3, 4], [20, 10]);

        Assert.Equal("index", Assert.Throws<ArgumentException>(() => region.IsInside([5])).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentException>(() => region.IsInside([5, 5, 0])).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentException>(() => default(ImageRegion).IsInside([0])).ParamName);
    }

    [Fact]
    public void ToStringPrintsIndexAndSizeInvariantly()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A culture whose negative sign is not '-' would change the text if the culture leaked in.
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NegativeSign = "~";
            CultureInfo.CurrentCulture = culture;

            Assert.Equal("ImageRegion(index [3, 4], size [20, 10])", new ImageRegion([3, 4], [20, 10]).ToString());
            Assert.Equal("ImageRegion(index [-1], size [5])", new ImageRegion([-1], [5]).ToString());
            Assert.Equal("ImageRegion(index [0, 0, 0], size [1, 2, 3])", new ImageRegion([1, 2, 3]).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
