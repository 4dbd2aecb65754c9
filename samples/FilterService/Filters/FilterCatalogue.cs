using System.Globalization;

namespace FilterService.Filters;

/// <summary>The filters the service offers, and the checks that turn a request's raw parameters into a <see cref="FilterStep"/>.</summary>
public static class FilterCatalogue
{
    public const string Median = "median";
    public const string Gaussian = "gaussian";
    public const string Threshold = "threshold";

    public static IReadOnlyList<FilterDefinition> All { get; } =
    [
        new(Median, "Median of the (2r+1)x(2r+1) neighbourhood (itk::MedianImageFilter).",
        [
            new("radius", "Neighbourhood radius in pixels, both axes.", 0, 50, Integer: true),
        ]),
        new(Gaussian, "Discrete Gaussian smoothing (itk::DiscreteGaussianImageFilter).",
        [
            new("variance", "Variance of the Gaussian, in pixels squared, both axes.", 0, 100, Integer: false),
            new("maximumKernelWidth", "The widest kernel used; a larger variance is truncated to it.", 1, 128, Integer: true, Default: 32),
        ]),
        new(Threshold, "Binary threshold (itk::BinaryThresholdImageFilter): inside where lower <= value <= upper.",
        [
            new("lower", "Lowest value inside.", -1e30, 1e30, Integer: false),
            new("upper", "Highest value inside.", -1e30, 1e30, Integer: false),
            new("inside", "Output value inside.", 0, 255, Integer: true, Default: 255),
            new("outside", "Output value outside.", 0, 255, Integer: true, Default: 0),
        ]),
    ];

    public static FilterDefinition Get(string name) =>
        All.FirstOrDefault(f => f.Name == name)
        ?? throw RequestException.BadRequest($"Unknown filter '{name}'. Known filters: {string.Join(", ", All.Select(f => f.Name))}.");

    /// <summary>Checks raw values (query string text or JSON numbers) against the filter and fills in the defaults.</summary>
    public static FilterStep Resolve(string name, IEnumerable<KeyValuePair<string, double>> values)
    {
        var filter = Get(name);
        var resolved = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var parameter = filter.Find(key)
                ?? throw RequestException.BadRequest(
                    $"Unknown parameter '{key}' for filter '{name}'. Its parameters: {string.Join(", ", filter.Parameters.Select(p => p.Name))}.");
            if (!resolved.TryAdd(key, parameter.Validate(name, value)))
            {
                throw RequestException.BadRequest($"Parameter '{key}' of filter '{name}' is given twice.");
            }
        }
        foreach (var parameter in filter.Parameters)
        {
            if (!resolved.ContainsKey(parameter.Name))
            {
                resolved[parameter.Name] = parameter.Default
                    ?? throw RequestException.BadRequest($"Missing parameter '{parameter.Name}' for filter '{name}'.");
            }
        }
        if (name == Threshold && resolved["lower"] > resolved["upper"])
        {
            throw RequestException.BadRequest($"Filter 'threshold': lower ({resolved["lower"]}) must not exceed upper ({resolved["upper"]}).");
        }
        return new FilterStep(filter, resolved);
    }

    /// <summary>A parameter given as text (a query string): must parse as an invariant-culture number.</summary>
    public static double ParseNumber(string filter, string parameter, string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RequestException.BadRequest($"Parameter '{parameter}' of filter '{filter}' is '{text}', which is not a number.");
}
