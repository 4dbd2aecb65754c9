using ItkBindGen.Runtime;

namespace CatalogueTests;

/// <summary>The test images one filter run uses, made when first asked for and disposed with the run (in-place filters overwrite theirs).</summary>
internal sealed class ImageSet : IDisposable
{
    private readonly Dictionary<(Type, string), NativeObject> _images = [];

    public NativeObject Get(Type imageType, string role)
    {
        if (!_images.TryGetValue((imageType, role), out var image))
        {
            image = TestImages.Create(imageType, role);
            _images[(imageType, role)] = image;
        }
        return image;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }
        _images.Clear();
    }
}
