using System.Globalization;
using ItkBindGen.Tests.Shared;
using RealItkTest.Transforms;

namespace ItkBindGen.RealItk.Tests;

/// <summary>
/// Real ITK in 3D with its transform headers named in the interface file: an Euler 3D rigid resampling of a volume and
/// an image's point ↔ index conversions (member templates wrapped without a directive) give what C++ gives, bit for bit.
/// </summary>
public sealed class TransformTests : IDisposable
{
    private const string ReferenceProgram = "real_itk_transforms_reference";
    private static readonly ulong[] Size = [24, 20, 16];

    // The conversions' input points; the C++ program converts the same ones.
    private static readonly double[][] Points = [[10.0, -5.0, 2.5], [13.7, -1.25, 9.0], [4.2, 3.3, -6.6], [11.11, -4.4, 20.0]];

    private readonly string _folder = Directory.CreateTempSubdirectory("itkbindgen-transforms-").FullName;
    private readonly ImageF3 _volume;

    public TransformTests()
    {
        _volume = ImageF3.FromPixels(FilterResultTests.RandomPixels(checked((int)(Size[0] * Size[1] * Size[2])), seed: 31), Size);
        _volume.SetSpacing([0.5, 0.75, 1.25]);
        _volume.SetOrigin([10.0, -5.0, 2.5]);
        // A rotation about z by 30 degrees, so the conversions exercise the direction cosines too.
        var (c, s) = (Math.Cos(Math.PI / 6), Math.Sin(Math.PI / 6));
        _volume.SetDirection(new double[,] { { c, -s, 0 }, { s, c, 0 }, { 0, 0, 1 } });
        using var writer = new ImageFileWriterF3();
        writer.SetInput(_volume);
        writer.SetFileName(Path.Combine(_folder, "input.mha"));
        writer.Update();
        ReferencePrograms.Run(ReferenceProgram, Path.Combine(_folder, "input.mha"), _folder);
    }

    public void Dispose()
    {
        _volume.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Euler3DResamplingAboutTheCentreGivesCppsVoxels()
    {
        using var transform = new Euler3DTransformD();
        transform.SetRotation(0.1, -0.2, 0.3);
        transform.SetCenter(_volume.TransformContinuousIndexToPhysicalPoint([.. Size.Select(n => (n - 1.0) / 2.0)]));
        transform.SetTranslation([1.5, -2.0, 0.5]);
        using var resample = new ResampleImageFilterF3();
        resample.SetInput(_volume);
        resample.SetTransform(transform);
        resample.SetReferenceImage(_volume);
        resample.SetUseReferenceImage(true);
        resample.Update();
        using var output = resample.GetOutput()!;

        using var reader = new ImageFileReaderF3();
        reader.SetFileName(Path.Combine(_folder, "euler3d.mha"));
        reader.Update();
        using var expected = reader.GetOutput()!;
        var pixels = output.ToArray();
        Assert.Equal(ReferencePrograms.Bits(expected.ToArray()), ReferencePrograms.Bits(pixels));
        // A rotation that moved nothing, or moved everything outside, would also be equal: the output must hold both.
        Assert.Contains(0f, pixels);
        Assert.True(pixels.Count(p => p != 0f) > pixels.Length / 2, "most voxels stay inside the volume");
    }

    [Fact]
    public void PointToIndexConversionsEqualCpp()
    {
        var lines = File.ReadAllLines(Path.Combine(_folder, "conversions.txt"));
        Assert.Equal(Points.Length, lines.Length);
        for (var i = 0; i < Points.Length; i++)
        {
            var expected = lines[i].Split(' ');
            var index = _volume.TransformPhysicalPointToIndex(Points[i]);
            var continuous = _volume.TransformPhysicalPointToContinuousIndex(Points[i]);
            var back = _volume.TransformIndexToPhysicalPoint(index);
            var found = new long[3];
            var inside = _volume.TransformPhysicalPointToIndex(Points[i], found);

            Assert.Equal(expected[..3].Select(long.Parse), index);
            Assert.Equal(expected[3..6].Select(Parse), continuous);
            Assert.Equal(expected[6..9].Select(Parse), back);
            Assert.Equal(expected[9] == "1", inside);
            Assert.Equal(index, found);
        }
        // The points are chosen so that some fall inside the volume and some outside.
        Assert.Contains(lines, l => l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(" 0", StringComparison.Ordinal));
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
