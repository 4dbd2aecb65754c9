using ItkBindGen.Runtime;

namespace CatalogueTests;

/// <summary>MetaImage files of any of the catalogue's image types, through that module's reader and writer.</summary>
internal static class ImageFiles
{
    public static void Write(NativeObject image, string path)
    {
        using var writer = Create(image.GetType(), "ImageFileWriter");
        Invoke(writer, "SetInput", image);
        Invoke(writer, "SetFileName", path);
        Invoke(writer, "Update");
    }

    /// <summary>The pixels of the file, as the pixel array of the given image type (float[], byte[], ...).</summary>
    public static Array ReadPixels(Type imageType, string path)
    {
        using var reader = Create(imageType, "ImageFileReader");
        Invoke(reader, "SetFileName", path);
        Invoke(reader, "Update");
        using var image = (NativeObject)Invoke(reader, "GetOutput")!;
        return Pixels(image);
    }

    public static Array Pixels(NativeObject image) => (Array)Invoke(image, "ToArray")!;

    public static ulong[] BufferedSize(NativeObject image) => (ulong[])Invoke(image, "GetBufferedSize")!;

    // ImageFileWriterUC3 for Catalogue3D.ImageUC3: the reader or writer of the same module and pixel type.
    private static NativeObject Create(Type imageType, string kind)
    {
        var name = $"{imageType.Namespace}.{kind}{TestImages.Tag(imageType).Name}";
        var type = imageType.Assembly.GetType(name) ?? throw new InvalidOperationException($"the catalogue wraps no {name}");
        return (NativeObject)Activator.CreateInstance(type)!;
    }

    private static object? Invoke(object target, string method, params object[] args)
    {
        var found = target.GetType().GetMethod(method, args.Select(a => a.GetType()).ToArray())
            ?? throw new MissingMethodException(target.GetType().Name, method);
        return found.Invoke(target, args);
    }
}
