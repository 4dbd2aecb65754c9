using System.Text;
using BigGustave;

namespace ItkBindGen.FilterService.Tests;

/// <summary>Test images made in the test: PNG files written with BigGustave and MetaImage files written by hand.</summary>
internal static class TestImages
{
    /// <summary>Grey pixels from a seeded generator, 0-255 as floats, x fastest.</summary>
    public static float[] Random(int width, int height, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, width * height).Select(_ => (float)random.Next(256)).ToArray();
    }

    /// <summary>A horizontal ramp: pixel value 4·x (clamped to 255).</summary>
    public static float[] Ramp(int width, int height) =>
        Enumerable.Range(0, width * height).Select(i => (float)Math.Min(255, 4 * (i % width))).ToArray();

    public static byte[] Png(int width, int height, float[] grey)
    {
        // RGBA: BigGustave 1.0.6 writes a broken palette for opaque images of 17-256 colours.
        var builder = PngBuilder.Create(width, height, true);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var v = (byte)grey[y * width + x];
                builder.SetPixel(new Pixel(v, v, v, 255, false), x, y);
            }
        }
        using var stream = new MemoryStream();
        builder.Save(stream);
        return stream.ToArray();
    }

    public static byte[] MetaImage(int width, int height, float[] pixels, string? header = null)
    {
        header ??= $"ObjectType = Image\nNDims = 2\nBinaryData = True\nBinaryDataByteOrderMSB = False\nDimSize = {width} {height}\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n";
        var data = new byte[pixels.Length * sizeof(float)];
        Buffer.BlockCopy(pixels, 0, data, 0, data.Length);
        return [.. Encoding.ASCII.GetBytes(header), .. data];
    }

    /// <summary>Decodes a PNG answer to grey values (R of each pixel).</summary>
    public static (int Width, int Height, byte[] Grey) DecodePng(byte[] png)
    {
        var image = BigGustave.Png.Open(png, new PngOpenerSettings());
        var grey = new byte[image.Width * image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                grey[y * image.Width + x] = image.GetPixel(x, y).R;
            }
        }
        return (image.Width, image.Height, grey);
    }
}
