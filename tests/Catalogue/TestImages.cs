using ItkBindGen.Runtime;

namespace CatalogueTests;

/// <summary>
/// The images every filter of the catalogue is given, the same in every process and in the C++ reference program
/// (which reads them from the files <see cref="WriteAll"/> writes, named &lt;role&gt;-&lt;type&gt;.mha): for each
/// image type a primary, a secondary and a tertiary image. Float: a noisy gradient (dark left, bright right), that
/// minus 0.2, that times 0.5. Unsigned char: where the gradient is above 0.6 (and above 0.8), 255, else 0 — binary
/// images whose foreground a mask selects; and a ball of 0 in 255 (role "ball") for the filters that need a smooth
/// boundary. Short: labels 1 to 9 in blocks of that foreground.
/// </summary>
internal static class TestImages
{
    /// <summary>The size of the 2D images and of the 3D volumes.</summary>
    public static ulong[] Size(int dimension) => dimension == 2 ? [24, 20] : [16, 12, 10];

    public static readonly string[] Roles = ["primary", "secondary", "tertiary"];

    /// <summary>The catalogue's image types, in the order a filter's image setters try them (as reference_inputs.h).</summary>
    public static readonly Type[] InputTypes =
    [
        typeof(Catalogue.ImageF2), typeof(Catalogue3D.ImageF2), typeof(Catalogue.ImageUC2),
        typeof(Catalogue3D.ImageF3), typeof(Catalogue3D.ImageUC3), typeof(Catalogue3D.ImageSS3),
    ];

    /// <summary>A new image of the given type and role.</summary>
    public static NativeObject Create(Type imageType, string role)
    {
        var tag = Tag(imageType);
        var size = Size(tag.Dimension);
        return imageType switch
        {
            _ when imageType == typeof(Catalogue.ImageF2) => Catalogue.ImageF2.FromPixels(Float(2, role), size),
            _ when imageType == typeof(Catalogue3D.ImageF2) => Catalogue3D.ImageF2.FromPixels(Float(2, role), size),
            _ when imageType == typeof(Catalogue.ImageUC2) => Catalogue.ImageUC2.FromPixels(Binary(2, role), size),
            _ when imageType == typeof(Catalogue3D.ImageF3) => Catalogue3D.ImageF3.FromPixels(Float(3, role), size),
            _ when imageType == typeof(Catalogue3D.ImageUC3) => Catalogue3D.ImageUC3.FromPixels(Binary(3, role), size),
            _ when imageType == typeof(Catalogue3D.ImageSS3) => Catalogue3D.ImageSS3.FromPixels(Labels(3, role), size),
            _ => throw new ArgumentException($"the catalogue has no test image of type {imageType.FullName}"),
        };
    }

    /// <summary>Writes every test image as &lt;role&gt;-&lt;type&gt;.mha for the C++ reference program.</summary>
    public static void WriteAll(string folder)
    {
        foreach (var type in InputTypes.Where(t => t != typeof(Catalogue3D.ImageF2)))
        {
            foreach (var role in Roles)
            {
                using var image = Create(type, role);
                ImageFiles.Write(image, Path.Combine(folder, $"{role}-{Tag(type).Name}.mha"));
            }
        }
        foreach (var type in InputTypes.Where(t => Tag(t).Name.StartsWith("UC", StringComparison.Ordinal)))
        {
            using var ball = Create(type, "ball");
            ImageFiles.Write(ball, Path.Combine(folder, $"ball-{Tag(type).Name}.mha"));
        }
    }

    /// <summary>An image type's pixel and dimension: ImageUC3 is ("UC3", 3).</summary>
    public static (string Name, int Dimension) Tag(Type imageType)
    {
        var name = imageType.Name["Image".Length..];
        return (name, name[^1] - '0');
    }

    private static float[] Float(int dimension, string role)
    {
        var size = Size(dimension);
        var count = (int)size.Aggregate(1UL, (a, b) => a * b);
        var random = new Random(dimension == 2 ? 7 : 11);
        var pixels = Enumerable.Range(0, count)
            .Select(i => (float)(0.1 + (ulong)i % size[0] / (double)size[0] + random.NextDouble() * 0.3))
            .ToArray();
        return role switch
        {
            "primary" => pixels,
            "secondary" => pixels.Select(p => p - 0.2f).ToArray(),
            _ => pixels.Select(p => p * 0.5f).ToArray(),
        };
    }

    private static byte[] Binary(int dimension, string role)
    {
        if (role == "ball")
        {
            return Ball(dimension);
        }
        var threshold = role switch { "primary" => 0.6f, "secondary" => 0.8f, _ => 1.0f };
        return Float(dimension, "primary").Select(p => p > threshold ? (byte)255 : (byte)0).ToArray();
    }

    // 0 inside a ball of radius 3.5 about the centre, 255 outside: a boundary without isolated pixels, where the
    // noisy foreground has pixels whose neighbours on both sides are equal (a zero gradient IsoContourDistance rejects).
    private static byte[] Ball(int dimension)
    {
        var size = Size(dimension);
        var count = (int)size.Aggregate(1UL, (a, b) => a * b);
        return Enumerable.Range(0, count).Select(i =>
        {
            var squared = 0.0;
            var rest = (ulong)i;
            foreach (var n in size)
            {
                var offset = rest % n - (n - 1) / 2.0;
                squared += offset * offset;
                rest /= n;
            }
            return squared <= 3.5 * 3.5 ? (byte)0 : (byte)255;
        }).ToArray();
    }

    private static short[] Labels(int dimension, string role)
    {
        var size = Size(dimension);
        var mask = Binary(dimension, "primary");
        var plane = size[0] * size[1];
        return mask.Select((m, i) =>
        {
            var x = (ulong)i % size[0];
            var z = (ulong)i / plane;
            var label = m == 0 ? 0 : (short)(1 + x / 6 + 3 * (z % 9 / 3));
            return (short)(role == "primary" ? label : label * 2);
        }).ToArray();
    }
}
