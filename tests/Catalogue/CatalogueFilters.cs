namespace CatalogueTests;

/// <summary>The filters of the catalogue's modules, and the classes of those modules that are there for a filter's sake.</summary>
internal static class CatalogueFilters
{
    /// <summary>Wrapped classes that are not image filters, with the filter they serve; they are not counted as filters.</summary>
    public static readonly IReadOnlyDictionary<string, string> Helpers = new Dictionary<string, string>
    {
        ["OtsuThresholdCalculatorHDF"] = "a histogram's threshold calculator: HistogramThresholdImageFilterF2UC2's (its threshold compared with C++ by value)",
        ["HistogramThresholdCalculatorHDF"] = "the base class of the threshold calculators, the type HistogramThresholdImageFilterF2UC2's SetCalculator takes",
    };

    /// <summary>
    /// Every class of the Catalogue and Catalogue3D namespaces that can be created and is a ProcessObject (image
    /// readers and writers and <see cref="Helpers"/> aside) or an image calculator, by name.
    /// </summary>
    public static List<Type> All() => typeof(Catalogue.ImageF2).Assembly.GetTypes()
        .Where(t => t.Namespace is "Catalogue" or "Catalogue3D" && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .Where(t => IsProcessObject(t) || t.Name.Contains("ImageCalculator", StringComparison.Ordinal))
        .Where(t => !t.Name.StartsWith("ImageFile", StringComparison.Ordinal) && !Helpers.ContainsKey(t.Name))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ThenBy(t => t.Namespace, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every helper class the modules wrap, so the runner can say it is there.</summary>
    public static List<Type> HelperTypes() => typeof(Catalogue.ImageF2).Assembly.GetTypes()
        .Where(t => t.Namespace is "Catalogue" or "Catalogue3D" && Helpers.ContainsKey(t.Name))
        .ToList();

    /// <summary>"2D" or "3D": the module a filter is in.</summary>
    public static string Part(Type filter) => filter.Namespace == "Catalogue3D" ? "3D" : "2D";

    private static bool IsProcessObject(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == "ProcessObject")
            {
                return true;
            }
        }
        return false;
    }
}
