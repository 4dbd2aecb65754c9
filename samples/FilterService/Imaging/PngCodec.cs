using System.Buffers.Binary;
using BigGustave;

namespace FilterService.Imaging;

/// <summary>PNG in and out through BigGustave: grey values 0-255 as floats in, 8-bit grey out.</summary>
public static class PngCodec
{
    /// <summary>Decodes a PNG; colour becomes luminance. The size is checked from IHDR before anything is inflated.</summary>
    public static ImageData Decode(byte[] data, long maxPixels)
    {
        if (data.Length < 24 || !data.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw RequestException.BadRequest("Corrupt PNG: the file is too short or does not start with an IHDR chunk.");
        }
        ImageLimits.Check(BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(20)), maxPixels);
        Png png;
        try
        {
            png = Png.Open(data, new PngOpenerSettings());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // BigGustave reports bad chunks, CRCs and deflate streams with assorted exception types.
            throw RequestException.BadRequest($"Corrupt PNG: {e.Message}");
        }
        var pixels = new float[(long)png.Width * png.Height];
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var p = png.GetPixel(x, y);
                pixels[(long)y * png.Width + x] = p.IsGrayscale || (p.R == p.G && p.G == p.B)
                    ? p.R
                    : 0.299f * p.R + 0.587f * p.G + 0.114f * p.B;
            }
        }
        return new ImageData(png.Width, png.Height, pixels);
    }

    /// <summary>
    /// Encodes 8-bit grey. Values already within 0-255 are rounded as they are, so a PNG's pixels come back unchanged;
    /// any other range is stretched from its minimum and maximum to 0-255, so the picture shows.
    /// </summary>
    public static byte[] Encode(ImageData image)
    {
        var (min, max) = Range(image.Pixels);
        var stretch = min < 0 || max > 255;
        var scale = stretch && max > min ? 255.0 / (max - min) : 1.0;
        var offset = stretch ? min : 0.0;
        // With an alpha channel BigGustave writes 8-bit RGBA; without one it picks a palette and, beyond 16 colours,
        // writes indices that do not fit its 4-bit depth (1.0.6): a corrupt picture.
        var builder = PngBuilder.Create(image.Width, image.Height, true);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var v = image.Pixels[(long)y * image.Width + x];
                var grey = (byte)Math.Clamp(Math.Round((v - offset) * scale), 0, 255);
                builder.SetPixel(new Pixel(grey, grey, grey, 255, false), x, y);
            }
        }
        using var stream = new MemoryStream();
        builder.Save(stream, new PngBuilder.SaveOptions { AttemptCompression = false });
        return stream.ToArray();
    }

    private static (double Min, double Max) Range(float[] pixels)
    {
        if (pixels.Length == 0)
        {
            return (0, 0);
        }
        double min = double.MaxValue, max = double.MinValue;
        foreach (var v in pixels)
        {
            if (float.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }
        return min > max ? (0, 0) : (min, max);
    }
}
