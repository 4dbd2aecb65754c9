using ItkBindGen.Tests.Shared;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Modules.Images;
using Modules.Smoothing;
using Modules.Thresholds;

namespace ItkBindGen.Tests.Shared;

/// <summary>
/// Three modules, three shim libraries, one set of types: Smoothing and Thresholds %import Images, so an image made
/// or read by Images goes through a filter of each and comes back as the same native object, equal to C++.
/// The same interface files and tests run on the native core (EndToEnd.Tests) and on real ITK (RealItk.Tests);
/// each project says which C++ reference program it has and where it writes the threshold mask.
/// </summary>
public partial class ModuleImportTests
{
    [Fact]
    public void An_image_of_one_module_goes_through_filters_of_two_others_with_the_pixels_of_the_native_program()
    {
        var folder = Directory.CreateTempSubdirectory("itkbindgen-modules-").FullName;
        try
        {
            var inputPath = Path.Combine(folder, "input.mha");
            using (var image = ImageF2.FromPixels(RandomPixels(67 * 41, seed: 7), 67, 41))
            using (var writer = new ImageFileWriterF2())
            {
                writer.SetInput(image);
                writer.SetFileName(inputPath);
                writer.Update();
            }
            RunReferenceProgram(inputPath, folder);

            using var reader = new ImageFileReaderF2();
            reader.SetFileName(inputPath);
            using var input = reader.GetOutput()!;
            using var median = new MedianImageFilterF2();
            median.SetInput(input);
            median.SetRadius(2);
            using var threshold = new BinaryThresholdImageFilterF2UC2();
            threshold.SetInput(input);
            threshold.SetLowerThreshold(0.25f);
            threshold.SetUpperThreshold(0.75f);
            threshold.SetInsideValue(255);
            threshold.SetOutsideValue(0);

            // An Update downstream runs the reader of module Images through the pipeline first.
            threshold.Update();
            median.Update();

            using var smoothed = median.GetOutput()!;
            Assert.Equal(Read(Path.Combine(folder, "median.mha")), Bits(smoothed.ToArray()));
            using var mask = threshold.GetOutput()!;
            using var maskReader = new ImageFileReaderUC2();
            maskReader.SetFileName(Path.Combine(folder, MaskFile));
            maskReader.Update();
            using var expectedMask = maskReader.GetOutput()!;
            Assert.Equal(expectedMask.ToArray(), mask.ToArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_object_keeps_its_identity_and_type_across_the_shim_libraries()
    {
        using var image = ImageF2.FromPixels(RandomPixels(32 * 24, seed: 3), 32, 24);
        using var median = new MedianImageFilterF2();
        median.SetInput(image);
        using var threshold = new BinaryThresholdImageFilterF2UC2();
        using var output = median.GetOutput()!;
        threshold.SetInput(output);

        // ITK's GetInput() dynamic_casts, in the Smoothing and Thresholds libraries, objects that Images created.
        using var seenBySmoothing = median.GetInput()!;
        using var seenByThresholds = threshold.GetInput()!;
        Assert.IsType<ImageF2>(seenBySmoothing);
        Assert.Equal("Image", seenByThresholds.GetNameOfClass());
        Assert.Equal(PixelAddress(image), PixelAddress(seenBySmoothing));

        threshold.SetLowerThreshold(0.5f);
        threshold.Update();
        Assert.Equal(PixelAddress(output), PixelAddress(seenByThresholds));
        using var mask = threshold.GetOutput()!;
        Assert.Equal([32ul, 24ul], mask.GetBufferedSize());
    }

    private static unsafe nint PixelAddress(ImageF2 image)
    {
        using var view = image.GetPixelView();
        return (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(view.Span));
    }

    private static int[] Read(string path)
    {
        using var reader = new ImageFileReaderF2();
        reader.SetFileName(path);
        reader.Update();
        using var image = reader.GetOutput()!;
        return Bits(image.ToArray());
    }

    private static int[] Bits(float[] pixels) => ReferencePrograms.Bits(pixels);

    private static void RunReferenceProgram(string input, string folder) => ReferencePrograms.Run(ReferenceProgram, input, folder);

    private static float[] RandomPixels(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.NextSingle()).ToArray();
    }
}
