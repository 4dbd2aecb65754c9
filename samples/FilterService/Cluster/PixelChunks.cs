using System.Runtime.InteropServices;

namespace FilterService.Cluster;

/// <summary>Cuts an image's float pixels into <see cref="ImageChunk"/>s of a given size, in order.</summary>
public static class PixelChunks
{
    public static long ByteCount(int width, int height) => (long)width * height * sizeof(float);

    public static IEnumerable<ImageChunk> Split(float[] pixels, int chunkBytes)
    {
        var total = (long)pixels.Length * sizeof(float);
        for (long offset = 0; offset < total; offset += chunkBytes)
        {
            var length = (int)Math.Min(chunkBytes, total - offset);
            yield return new ImageChunk(offset, MemoryMarshal.AsBytes(pixels.AsSpan()).Slice(checked((int)offset), length).ToArray());
        }
    }
}
