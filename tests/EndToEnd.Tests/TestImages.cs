using ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;

internal static class TestImages
{
    public static float[] RandomPixels(int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[count];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextSingle();
        }
        return pixels;
    }

    public static ImageF2 Random(ulong width, ulong height, int seed) =>
        ImageF2.FromPixels(RandomPixels(checked((int)(width * height)), seed), width, height);

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "itkbindgen-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
