using ItkBindGen.Tests.Shared;
#if REAL_ITK
using RealItkTest.Threaded;

namespace ItkBindGen.RealItk.Tests;
#else
using ItkCore.Threaded;

namespace ItkBindGen.EndToEnd.Tests;
#endif

/// <summary>
/// The filters called from C# give the same pixels, bit for bit, as the same filters called from C++ by the project's
/// reference program: the native core's (EndToEnd) or real ITK's (RealItk, built with REAL_ITK), one test for both.
/// </summary>
public partial class FilterResultTests
{
    [Fact]
    public void MedianGaussianAndThresholdMatchTheNativeProgram()
    {
        var folder = Directory.CreateTempSubdirectory("itkbindgen-filters-").FullName;
        try
        {
            var inputPath = Path.Combine(folder, "input.mha");
            using var input = ImageF2.FromPixels(RandomPixels(67 * 41, seed: 7), 67, 41);
            using (var writer = new ImageFileWriterF2())
            {
                writer.SetInput(input);
                writer.SetFileName(inputPath);
                writer.Update();
            }
            RunReferenceProgram(inputPath, folder);

            using var median = new MedianImageFilterF2();
            median.SetInput(input);
            median.SetRadius(2);
            median.Update();
            Assert.Equal(ReadFloat(Path.Combine(folder, "median.mha")), Output(median.GetOutput()));

            using var gaussian = new DiscreteGaussianImageFilterF2();
            gaussian.SetInput(input);
            gaussian.SetVariance(2.0);
            gaussian.Update();
            Assert.Equal(ReadFloat(Path.Combine(folder, "gaussian.mha")), Output(gaussian.GetOutput()));

            using var threshold = new BinaryThresholdImageFilterF2UC2();
            threshold.SetInput(input);
            threshold.SetLowerThreshold(0.25f);
            threshold.SetUpperThreshold(0.75f);
            threshold.SetInsideValue(255);
            threshold.SetOutsideValue(0);
            threshold.Update();
            using var mask = threshold.GetOutput()!;
            using var reader = new ImageFileReaderUC2();
            reader.SetFileName(Path.Combine(folder, ThresholdFile));
            reader.Update();
            using var expected = reader.GetOutput()!;
            var maskPixels = mask.ToArray();
            Assert.Equal(expected.ToArray(), maskPixels);
            Assert.Contains((byte)255, maskPixels);
            Assert.Contains((byte)0, maskPixels);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static float[] RandomPixels(int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[count];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextSingle();
        }
        return pixels;
    }

    private static int[] Output(ImageF2? image)
    {
        Assert.NotNull(image);
        using (image)
        {
            Assert.Equal(new ulong[] { 67, 41 }, image.GetBufferedSize());
            return Bits(image.ToArray());
        }
    }

    private static int[] ReadFloat(string path)
    {
        using var reader = new ImageFileReaderF2();
        reader.SetFileName(path);
        reader.Update();
        using var image = reader.GetOutput()!;
        return Bits(image.ToArray());
    }

    private static int[] Bits(float[] pixels) => ReferencePrograms.Bits(pixels);

    internal static void RunReferenceProgram(string input, string folder) => ReferencePrograms.Run(ReferenceProgram, input, folder);
}
