using FilterService.Backend;
using ItkBindGen.Runtime;
using Microsoft.Extensions.Options;

namespace FilterService.Imaging;

/// <summary>Decodes uploads and encodes results: PNG in managed code, MetaImage through the bindings' reader and writer.</summary>
public sealed class ImageCodec(FilterExecutor executor, IOptions<ServiceOptions> options)
{
    private const string UploadName = "upload.mha";

    /// <summary>Decodes a PNG or a MetaImage (.mha) recognised by its first bytes; a 400 or 413 for anything else.</summary>
    public ImageData Decode(byte[] data)
    {
        var maxPixels = options.Value.MaxPixels;
        switch (ImageFormats.Detect(data))
        {
            case ImageFormat.Png:
                return PngCodec.Decode(data, maxPixels);
            case ImageFormat.MetaImage:
                var (width, height) = MetaImageHeader.Check(data, maxPixels);
                var image = ReadMetaImage(data);
                if (image.Width != width || image.Height != height)
                {
                    throw RequestException.BadRequest($"MetaImage: read {image.Width}x{image.Height}, the header says {width}x{height}.");
                }
                return image;
            default:
                throw RequestException.BadRequest("The body is neither a PNG (no PNG signature) nor a MetaImage .mha file (a header of 'Key = Value' lines).");
        }
    }

    public byte[] Encode(ImageData image, ImageFormat format) =>
        format == ImageFormat.Png ? PngCodec.Encode(image) : WriteMetaImage(image);

    private ImageData ReadMetaImage(byte[] data)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, UploadName);
        File.WriteAllBytes(path, data);
        try
        {
            return executor.Bindings.ReadMetaImage(path);
        }
        catch (ItkException e)
        {
            // The reader names the file: keep the server's temporary path out of the answer.
            throw RequestException.BadRequest($"Corrupt MetaImage: {e.Message.Replace(path, UploadName)}");
        }
    }

    private byte[] WriteMetaImage(ImageData image)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "result.mha");
        executor.Bindings.WriteMetaImage(image, path);
        return File.ReadAllBytes(path);
    }

    // A private folder a request's file lives in, removed with it.
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("filter-service-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temporary-file cleaning; nothing the request can do about it.
            }
        }
    }
}
