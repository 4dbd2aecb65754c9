using System.Globalization;
using ItkBindGen.Runtime;

namespace CatalogueTests;

/// <summary>
/// What the C++ reference program wrote for one filter, compared with what the C# run gave: its image output
/// (&lt;name&gt;.mha, any pixel type, bit for bit) and its value results (&lt;name&gt;.values.txt, each line a getter and
/// the values it returned, compared exactly). Every file compared is reported, so the runner knows none was left out.
/// </summary>
internal sealed class ReferenceComparison(string folder, string name)
{
    public string ImagePath => Path.Combine(folder, name + ".mha");

    public string ValuesPath => Path.Combine(folder, name + ".values.txt");

    public string ErrorPath => Path.Combine(folder, name + ".error.txt");

    /// <summary>The files compared so far (reported to the parent process).</summary>
    public List<string> Compared { get; } = [];

    /// <summary>Null when the pixels are equal, else what differs.</summary>
    public string? ComparePixels(NativeObject output)
    {
        Compared.Add(Path.GetFileName(ImagePath));
        var actual = ImageFiles.Pixels(output);
        var expected = ImageFiles.ReadPixels(output.GetType(), ImagePath);
        if (actual.Length != expected.Length)
        {
            return $"{actual.Length} pixel values, C++ {expected.Length}";
        }
        var a = Bytes(actual);
        var e = Bytes(expected);
        var size = a.Length / actual.Length;
        var differing = Enumerable.Range(0, actual.Length).Count(i => !a.AsSpan(i * size, size).SequenceEqual(e.AsSpan(i * size, size)));
        return differing == 0 ? null : $"{differing} of {actual.Length} pixel values differ";
    }

    /// <summary>Null when every value the C++ program wrote is equal, else what differs; <paramref name="count"/> values compared.</summary>
    public string? CompareValues(object filter, out int count)
    {
        Compared.Add(Path.GetFileName(ValuesPath));
        count = 0;
        var differences = new List<string>();
        foreach (var line in File.ReadAllLines(ValuesPath).Where(l => l.Length > 0))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var key = parts[0];
            var expected = parts.Skip(1).Select(Parse).ToArray();
            var actual = Values(filter, key);
            count++;
            if (actual.Length != expected.Length || actual.Zip(expected).Any(p => !Same(p.First, p.Second)))
            {
                differences.Add($"{key}: {Format(actual)}, C++ {Format(expected)}");
            }
        }
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    // A getter's result as numbers; "GetOutput(i)" is a path output, as the points at its vertices.
    private static double[] Values(object filter, string key)
    {
        if (key.StartsWith("GetOutput(", StringComparison.Ordinal))
        {
            var index = uint.Parse(key["GetOutput(".Length..^1], CultureInfo.InvariantCulture);
            using var path = (NativeObject)Members.Call(filter, "GetOutput", (object)index)!;
            var points = new List<double>();
            var end = (double)Members.Call(path, "EndOfInput")!;
            for (var t = (double)Members.Call(path, "StartOfInput")!; t <= end; t += 1)
            {
                points.AddRange((double[])Members.Call(path, "Evaluate", t)!);
            }
            return [.. points];
        }
        var value = Members.Call(filter, key);
        return value switch
        {
            Array array => array.Cast<object>().Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray(),
            _ => [Convert.ToDouble(value, CultureInfo.InvariantCulture)],
        };
    }

    private static double Parse(string text) => text.ToLowerInvariant() switch
    {
        var t when t.Contains("nan", StringComparison.Ordinal) => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        var t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) || (double.IsNaN(a) && double.IsNaN(b));

    private static string Format(double[] values) => string.Join(" ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static byte[] Bytes(Array pixels)
    {
        var bytes = new byte[Buffer.ByteLength(pixels)];
        Buffer.BlockCopy(pixels, 0, bytes, 0, bytes.Length);
        return bytes;
    }
}
