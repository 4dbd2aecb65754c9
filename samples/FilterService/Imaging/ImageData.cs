namespace FilterService.Imaging;

/// <summary>A 2D float image held in managed memory, x fastest: what the stores keep between requests.</summary>
public sealed record ImageData(int Width, int Height, float[] Pixels)
{
    public long PixelCount => (long)Width * Height;
}
