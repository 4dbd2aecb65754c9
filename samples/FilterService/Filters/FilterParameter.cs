namespace FilterService.Filters;

/// <summary>One parameter of a filter: its range, whether it must be an integer, and its default when optional.</summary>
public sealed record FilterParameter(string Name, string Description, double Minimum, double Maximum, bool Integer, double? Default = null)
{
    public bool Required => Default is null;

    /// <summary>Checks a value against the range; throws a 400 naming the filter, the parameter and the range.</summary>
    public double Validate(string filter, double value)
    {
        if (!double.IsFinite(value) || value < Minimum || value > Maximum)
        {
            throw RequestException.BadRequest($"Parameter '{Name}' of filter '{filter}' is {value}; it must be between {Minimum} and {Maximum}.");
        }
        if (Integer && value != Math.Floor(value))
        {
            throw RequestException.BadRequest($"Parameter '{Name}' of filter '{filter}' is {value}; it must be an integer.");
        }
        return value;
    }
}
