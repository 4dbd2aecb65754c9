namespace ItkBindGen.FilterService.Tests;

/// <summary>The same filters run straight through the generated bindings (with -threads), to compare the service against.</summary>
internal static class DirectBindings
{
    public static float[] Median(float[] pixels, int width, int height, ulong radius)
    {
        using var input = Threaded.ImageF2.FromPixels(pixels, (ulong)width, (ulong)height);
        using var median = new Threaded.MedianImageFilterF2();
        median.SetInput(input);
        median.SetRadius(radius);
        median.Update();
        using var output = median.GetOutput()!;
        return output.ToArray();
    }

    public static float[] Gaussian(float[] pixels, int width, int height, double variance)
    {
        using var input = Threaded.ImageF2.FromPixels(pixels, (ulong)width, (ulong)height);
        using var gaussian = new Threaded.DiscreteGaussianImageFilterF2();
        gaussian.SetInput(input);
        gaussian.SetVariance(variance);
        gaussian.Update();
        using var output = gaussian.GetOutput()!;
        return output.ToArray();
    }

    /// <summary>Reads a MetaImage answer with the bindings' reader: its size and pixels.</summary>
    public static (ulong[] Size, float[] Pixels) ReadMetaImage(byte[] file)
    {
        var folder = Directory.CreateTempSubdirectory("filter-service-tests-");
        try
        {
            var path = Path.Combine(folder.FullName, "result.mha");
            File.WriteAllBytes(path, file);
            using var reader = new Threaded.ImageFileReaderF2();
            reader.SetFileName(path);
            reader.Update();
            using var image = reader.GetOutput()!;
            return (image.GetBufferedSize(), image.ToArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
