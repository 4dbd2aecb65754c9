using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FilterService.Imaging;

/// <summary>Uploaded images by id, in memory; beyond the configured count the oldest is dropped.</summary>
public sealed class ImageStore(IOptions<ServiceOptions> options)
{
    private readonly ConcurrentDictionary<string, ImageData> _images = new();
    private readonly ConcurrentQueue<string> _order = new();

    public string Add(ImageData image)
    {
        var id = Guid.NewGuid().ToString("N");
        _images[id] = image;
        _order.Enqueue(id);
        while (_images.Count > options.Value.MaxStoredImages && _order.TryDequeue(out var oldest))
        {
            _images.TryRemove(oldest, out _);
        }
        return id;
    }

    public ImageData Get(string id) =>
        _images.TryGetValue(id, out var image) ? image : throw RequestException.NotFound($"No image with id '{id}'.");
}
