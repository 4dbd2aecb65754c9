namespace FilterService.Imaging;

/// <summary>The size limit every decoded image must meet, checked before any pixel is decoded.</summary>
public static class ImageLimits
{
    public static void Check(long width, long height, long maxPixels)
    {
        if (width < 1 || height < 1)
        {
            throw RequestException.BadRequest($"The image is {width}x{height}: both sides must be at least 1 pixel.");
        }
        if (width > int.MaxValue || height > int.MaxValue || width * height > maxPixels)
        {
            throw RequestException.TooLarge($"The image is {width}x{height} = {width * height} pixels; the limit is {maxPixels} pixels.");
        }
    }
}
