using System.Text;

namespace FilterService.Imaging;

/// <summary>
/// Checks an uploaded MetaImage header before the bindings' reader sees the file: a 2D image, pixel data in the
/// file itself (ElementDataFile = LOCAL, never a path on the server) and a size within the limits.
/// </summary>
public static class MetaImageHeader
{
    internal static readonly byte[][] LeadingKeys =
        new[] { "ObjectType", "NDims", "Comment", "ObjectSubType", "BinaryData", "DimSize", "ElementType" }
            .Select(Encoding.ASCII.GetBytes).ToArray();

    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>Returns width and height, or throws a 400/413 request exception saying what is wrong.</summary>
    public static (int Width, int Height) Check(ReadOnlySpan<byte> data, long maxPixels)
    {
        var fields = ReadFields(data, out var headerLength);
        if (!fields.TryGetValue("NDims", out var ndims) || ndims.Trim() != "2")
        {
            throw RequestException.BadRequest($"MetaImage: only 2D images are supported (NDims = {ndims ?? "missing"}).");
        }
        if (!fields.TryGetValue("ElementDataFile", out var dataFile) || !dataFile.Trim().Equals("LOCAL", StringComparison.OrdinalIgnoreCase))
        {
            throw RequestException.BadRequest("MetaImage: the pixel data must be in the file (ElementDataFile = LOCAL, an .mha file).");
        }
        if (!fields.TryGetValue("DimSize", out var dimSize))
        {
            throw RequestException.BadRequest("MetaImage: DimSize is missing.");
        }
        var sizes = dimSize.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (sizes.Length != 2 || !long.TryParse(sizes[0], out var width) || !long.TryParse(sizes[1], out var height) || width < 1 || height < 1)
        {
            throw RequestException.BadRequest($"MetaImage: DimSize '{dimSize.Trim()}' is not two positive integers.");
        }
        ImageLimits.Check(width, height, maxPixels);
        CheckDataLength(fields, data.Length - headerLength, width * height);
        return ((int)width, (int)height);
    }

    // ITK's MetaImage reader accepts short pixel data with a warning on standard error: refuse it here instead.
    private static void CheckDataLength(Dictionary<string, string> fields, long dataBytes, long pixels)
    {
        if (fields.TryGetValue("CompressedData", out var compressed) && compressed.Trim().Equals("True", StringComparison.OrdinalIgnoreCase))
        {
            return; // the reader checks the inflated size
        }
        if (!fields.TryGetValue("ElementType", out var type) || ElementBytes(type.Trim()) is not { } bytes)
        {
            return; // an unknown type: the reader names it
        }
        var channels = fields.TryGetValue("ElementNumberOfChannels", out var n) && long.TryParse(n, out var c) && c > 0 ? c : 1;
        var expected = pixels * channels * bytes;
        if (dataBytes < expected)
        {
            throw RequestException.BadRequest($"Corrupt MetaImage: the pixel data is {dataBytes} bytes, the header asks for {expected}.");
        }
    }

    private static int? ElementBytes(string type) => type switch
    {
        "MET_CHAR" or "MET_UCHAR" => 1,
        "MET_SHORT" or "MET_USHORT" => 2,
        "MET_INT" or "MET_UINT" or "MET_FLOAT" => 4,
        "MET_LONG" or "MET_ULONG" or "MET_LONG_LONG" or "MET_ULONG_LONG" or "MET_DOUBLE" => 8,
        _ => null,
    };

    // The header is "Key = Value" lines up to and including ElementDataFile; the pixel data follows.
    private static Dictionary<string, string> ReadFields(ReadOnlySpan<byte> data, out int headerLength)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = data[..Math.Min(data.Length, MaxHeaderBytes)];
        headerLength = 0;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            if (end < 0)
            {
                break;
            }
            var line = Encoding.ASCII.GetString(rest[..end]).TrimEnd('\r');
            rest = rest[(end + 1)..];
            headerLength += end + 1;
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                throw RequestException.BadRequest("MetaImage: the header has a line that is not 'Key = Value'.");
            }
            var key = line[..equals].Trim();
            fields[key] = line[(equals + 1)..];
            if (key == "ElementDataFile")
            {
                return fields;
            }
        }
        throw RequestException.BadRequest("MetaImage: the header has no ElementDataFile line.");
    }
}
