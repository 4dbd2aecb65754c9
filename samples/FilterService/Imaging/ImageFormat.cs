namespace FilterService.Imaging;

/// <summary>The two file formats the service reads and writes.</summary>
public enum ImageFormat
{
    Png,
    MetaImage,
}

/// <summary>Recognises a format by its magic bytes and names formats in requests and responses.</summary>
public static class ImageFormats
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>PNG by its 8-byte signature; MetaImage by a header that starts with a "Key = " line (ObjectType, NDims...).</summary>
    public static ImageFormat? Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }
        foreach (var key in MetaImageHeader.LeadingKeys)
        {
            if (data.StartsWith(key))
            {
                return ImageFormat.MetaImage;
            }
        }
        return null;
    }

    /// <summary>The format named by a <c>?format=</c> value; null when absent.</summary>
    public static ImageFormat? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "" => null,
        "png" => ImageFormat.Png,
        "mha" or "metaimage" => ImageFormat.MetaImage,
        _ => throw RequestException.BadRequest($"Unknown format '{name}': use png or mha."),
    };

    public static string ContentType(ImageFormat format) => format == ImageFormat.Png ? "image/png" : "application/octet-stream";

    public static string Extension(ImageFormat format) => format == ImageFormat.Png ? "png" : "mha";
}
