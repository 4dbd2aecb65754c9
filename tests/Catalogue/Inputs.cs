using ItkBindGen.Runtime;

namespace CatalogueTests;

/// <summary>
/// The images a filter is given, as the C++ reference program gives them (native/reference_inputs.h): each image
/// setter the filter has gets the first of <see cref="TestImages.InputTypes"/> it takes; the role says which image of
/// that type. A mask only where the filter needs one.
/// </summary>
internal static class Inputs
{
    private static readonly (string Setter, string Role)[] Setters =
    [
        ("SetInput", "primary"), ("SetInput1", "primary"), ("SetInput2", "secondary"), ("SetInput3", "tertiary"),
        ("SetFeatureImage", "primary"), ("SetMarkerImage", "secondary"),
    ];

    // Filters whose mask selects the pixels they work on (the histogram thresholders take their mask value from the
    // mask pixel type's maximum: the unsigned char mask's foreground, 255); a filter with an optional mask gets none.
    private static readonly HashSet<string> Masked =
    [
        "MaskImageFilter", "MaskNegatedImageFilter", "N4BiasFieldCorrectionImageFilter", "HistogramThresholdImageFilter",
        "HuangThresholdImageFilter", "IntermodesThresholdImageFilter", "IsoDataThresholdImageFilter",
        "KittlerIllingworthThresholdImageFilter", "LiThresholdImageFilter", "MaximumEntropyThresholdImageFilter",
        "MomentsThresholdImageFilter", "OtsuThresholdImageFilter", "RenyiEntropyThresholdImageFilter",
        "ShanbhagThresholdImageFilter", "TriangleThresholdImageFilter", "YenThresholdImageFilter",
    ];

    /// <summary>Sets the filter's image inputs; returns how many setters it called.</summary>
    public static int Set(NativeObject filter, string baseName, ImageSet images)
    {
        var count = Setters.Count(s => TrySet(filter, s.Setter, s.Role, images));
        if (baseName == "ApproximateSignedDistanceMapImageFilter" && TrySet(filter, "SetInput", "ball", images, binaryOnly: true))
        {
            return count;
        }
        // A mask: the image a marker grows under (reconstruction, geodesic filters), or a mask that selects pixels.
        if (Masked.Contains(baseName) || TestImages.InputTypes.Any(t => filter.GetType().GetMethod("SetMarkerImage", [t]) is not null))
        {
            count += TrySet(filter, "SetMaskImage", "primary", images) ? 1 : 0;
        }
        if (baseName == "ReconstructionByErosionImageFilter")
        {
            // Erosion shrinks a marker down onto its mask: the marker must lie above it (dilation's, below).
            TrySet(filter, "SetMarkerImage", "primary", images);
            TrySet(filter, "SetMaskImage", "secondary", images);
        }
        return count;
    }

    private static bool TrySet(NativeObject filter, string setter, string role, ImageSet images, bool binaryOnly = false)
    {
        foreach (var type in TestImages.InputTypes.Where(t => !binaryOnly || TestImages.Tag(t).Name.StartsWith("UC", StringComparison.Ordinal)))
        {
            if (filter.GetType().GetMethod(setter, [type]) is { } method)
            {
                method.Invoke(filter, [images.Get(type, role)]);
                return true;
            }
        }
        return false;
    }
}
