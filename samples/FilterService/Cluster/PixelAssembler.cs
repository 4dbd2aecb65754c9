using System.Runtime.InteropServices;

namespace FilterService.Cluster;

/// <summary>Puts an image's float pixels back together from <see cref="ImageChunk"/>s that arrive in order.</summary>
public sealed class PixelAssembler(int width, int height)
{
    private readonly float[] _pixels = new float[checked(width * height)];
    private long _received;

    public bool IsComplete => _received == PixelChunks.ByteCount(width, height);

    public void Add(ImageChunk chunk)
    {
        var total = PixelChunks.ByteCount(width, height);
        if (chunk.Offset != _received || chunk.Data.Length > ClusterSettings.MaxChunkBytes || chunk.Offset + chunk.Data.Length > total)
        {
            throw new InvalidOperationException(
                $"Chunk of {chunk.Data.Length} bytes at offset {chunk.Offset} does not continue {_received} of {total} bytes.");
        }
        chunk.Data.CopyTo(MemoryMarshal.AsBytes(_pixels.AsSpan()).Slice((int)chunk.Offset));
        _received += chunk.Data.Length;
    }

    public float[] Pixels => IsComplete
        ? _pixels
        : throw new InvalidOperationException($"Only {_received} of {PixelChunks.ByteCount(width, height)} bytes arrived.");
}
