using System.Globalization;
using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// An immutable N-dimensional region of an image, ITK's <c>itk::ImageRegion&lt;D&gt;</c>: a start index and a size
/// per dimension. Compared by value.
/// </summary>
/// <remarks>
/// <c>default(ImageRegion)</c> is the empty region of dimension 0: its <see cref="Index"/> and <see cref="Size"/>
/// are empty and it has no pixels. Every constructed region has at least one dimension.
/// </remarks>
public readonly struct ImageRegion : IEquatable<ImageRegion>
{
    // Never handed out, so the region stays immutable; both are null only in default(ImageRegion).
    private readonly long[]? _index;
    private readonly ulong[]? _size;

    /// <summary>Creates a region from a start index and a size, copying both.</summary>
    /// <param name="index">The first pixel of the region, one entry per dimension.</param>
    /// <param name="size">The number of pixels along each dimension.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="index"/> is empty, or <paramref name="size"/> has a different length.
    /// </exception>
    public ImageRegion(ReadOnlySpan<long> index, ReadOnlySpan<ulong> size)
    {
        Validate(index.Length, size.Length);
        _index = index.ToArray();
        _size = size.ToArray();
    }

    /// <summary>Creates a region of the given size that starts at index 0 in every dimension, copying the size.</summary>
    /// <param name="size">The number of pixels along each dimension.</param>
    /// <exception cref="ArgumentException"><paramref name="size"/> is empty.</exception>
    public ImageRegion(ReadOnlySpan<ulong> size)
    {
        if (size.IsEmpty)
        {
            throw new ArgumentException("An image region needs at least one dimension.", nameof(size));
        }

        _index = new long[size.Length];
        _size = size.ToArray();
    }

    private ImageRegion(long[] index, ulong[] size)
    {
        _index = index;
        _size = size;
    }

    /// <summary>
    /// Creates a region that takes <paramref name="index"/> and <paramref name="size"/> without copying them; the
    /// caller must not change either array afterwards.
    /// </summary>
    /// <remarks>Generated wrappers use this for arrays they have just filled from native code, to avoid a second copy.</remarks>
    /// <param name="index">The first pixel of the region, one entry per dimension.</param>
    /// <param name="size">The number of pixels along each dimension.</param>
    /// <returns>A region backed by the two arrays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="size"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="index"/> is empty, or <paramref name="size"/> has a different length.
    /// </exception>
    public static ImageRegion FromArrays(long[] index, ulong[] size)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(size);
        Validate(index.Length, size.Length);
        return new ImageRegion(index, size);
    }

    /// <summary>The number of dimensions; 0 for <c>default(ImageRegion)</c>.</summary>
    public int Dimension => _size?.Length ?? 0;

    /// <summary>The first pixel of the region, one entry per dimension.</summary>
    public ReadOnlySpan<long> Index => _index;

    /// <summary>The number of pixels along each dimension.</summary>
    public ReadOnlySpan<ulong> Size => _size;

    /// <summary>The number of pixels in the region: the product of <see cref="Size"/>; 0 for <c>default(ImageRegion)</c>.</summary>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="ulong"/>.</exception>
    public ulong NumberOfPixels
    {
        get
        {
            // The empty product would be 1; a region without dimensions holds no pixels.
            if (_size is null)
            {
                return 0;
            }

            ulong count = 1;
            foreach (ulong extent in _size)
            {
                count = checked(count * extent);
            }

            return count;
        }
    }

    /// <summary>Whether the pixel at <paramref name="index"/> lies in the region (the upper bound is exclusive).</summary>
    /// <param name="index">A pixel index with one entry per dimension of the region.</param>
    /// <returns><see langword="true"/> if <c>Index[i] &lt;= index[i] &lt; Index[i] + Size[i]</c> in every dimension.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="index"/> has a different number of dimensions: that is a caller's bug, not an outside pixel.
    /// </exception>
    public bool IsInside(ReadOnlySpan<long> index)
    {
        if (index.Length != Dimension)
        {
            throw new ArgumentException(
                $"The index has {index.Length} dimensions but the region has {Dimension}.", nameof(index));
        }

        if (_index is null || _size is null)
        {
            return false;
        }

        for (int i = 0; i < index.Length; i++)
        {
            // Unsigned subtraction cannot overflow once index >= start, even for starts near long.MinValue.
            if (index[i] < _index[i] || unchecked((ulong)index[i] - (ulong)_index[i]) >= _size[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public bool Equals(ImageRegion other) =>
        Index.SequenceEqual(other.Index) && Size.SequenceEqual(other.Size);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ImageRegion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (long start in Index)
        {
            hash.Add(start);
        }

        foreach (ulong extent in Size)
        {
            hash.Add(extent);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two regions have the same index and size.</summary>
    public static bool operator ==(ImageRegion left, ImageRegion right) => left.Equals(right);

    /// <summary>Whether two regions differ in index or size.</summary>
    public static bool operator !=(ImageRegion left, ImageRegion right) => !left.Equals(right);

    /// <summary>The region as text, for example <c>ImageRegion(index [3, 4], size [20, 10])</c>.</summary>
    public override string ToString()
    {
        // Invariant, so a negative index reads the same in every culture.
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture);
        text.AppendLiteral("ImageRegion(index [");
        for (int i = 0; i < Index.Length; i++)
        {
            if (i > 0)
            {
                text.AppendLiteral(", ");
            }

            text.AppendFormatted(Index[i]);
        }

        text.AppendLiteral("], size [");
        for (int i = 0; i < Size.Length; i++)
        {
            if (i > 0)
            {
                text.AppendLiteral(", ");
            }

            text.AppendFormatted(Size[i]);
        }

        text.AppendLiteral("])");
        return text.ToStringAndClear();
    }

    private static void Validate(int indexLength, int sizeLength)
    {
        if (indexLength == 0)
        {
            throw new ArgumentException("An image region needs at least one dimension.", "index");
        }

        if (sizeLength != indexLength)
        {
            throw new ArgumentException(
                $"The size has {sizeLength} dimensions but the index has {indexLength}.", "size");
        }
    }
}
