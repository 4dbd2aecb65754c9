namespace ItkBindGen.Runtime;

/// <summary>Copies pixels between managed memory and native image buffers, checking sizes first.</summary>
public static unsafe class ImageBuffers
{
    /// <summary>Copies <paramref name="source"/> into a native buffer of exactly the same number of pixels.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="source">The pixels to copy.</param>
    /// <param name="buffer">The native buffer's first pixel.</param>
    /// <param name="length">The number of pixels the native buffer holds.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="buffer"/> is 0 for a non-empty buffer, or the lengths differ.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static void CopyIn<T>(ReadOnlySpan<T> source, nint buffer, long length)
        where T : unmanaged
    {
        CheckBuffer(buffer, length);
        if (source.Length != length)
        {
            throw new ArgumentException(
                $"The source has {source.Length} pixels but the image buffer holds {length}; they must match.",
                nameof(source));
        }

        source.CopyTo(new Span<T>((void*)buffer, source.Length));
    }

    /// <summary>Copies a native buffer into a new array.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="buffer">The native buffer's first pixel.</param>
    /// <param name="length">The number of pixels the native buffer holds.</param>
    /// <returns>The pixels.</returns>
    /// <exception cref="ArgumentException"><paramref name="buffer"/> is 0 for a non-empty buffer.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="length"/> is negative or more than an array can hold.
    /// </exception>
    public static T[] CopyOut<T>(nint buffer, long length)
        where T : unmanaged
    {
        CheckBuffer(buffer, length);
        if (length > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(length), length, $"An image of {length} pixels does not fit in one array (at most {Array.MaxLength}).");
        }

        var pixels = GC.AllocateUninitializedArray<T>((int)length);
        new ReadOnlySpan<T>((void*)buffer, pixels.Length).CopyTo(pixels);
        return pixels;
    }

    /// <summary>Copies a native buffer into <paramref name="destination"/>, which must have exactly its length.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="buffer">The native buffer's first pixel.</param>
    /// <param name="length">The number of pixels the native buffer holds.</param>
    /// <param name="destination">Where to copy the pixels.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="buffer"/> is 0 for a non-empty buffer, or the lengths differ.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static void CopyOut<T>(nint buffer, long length, Span<T> destination)
        where T : unmanaged
    {
        CheckBuffer(buffer, length);
        if (destination.Length != length)
        {
            throw new ArgumentException(
                $"The destination has room for {destination.Length} pixels but the image buffer holds {length}; they must match.",
                nameof(destination));
        }

        new ReadOnlySpan<T>((void*)buffer, destination.Length).CopyTo(destination);
    }

    private static void CheckBuffer(nint buffer, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (buffer == 0 && length != 0)
        {
            throw new ArgumentException("The image buffer address is 0 (was the image allocated?).", nameof(buffer));
        }
    }
}
