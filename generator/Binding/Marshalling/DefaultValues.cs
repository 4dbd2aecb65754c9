using System.Globalization;

namespace ItkBindGen.Binding.Marshalling;

/// <summary>C++ default arguments as C# constants; each marshaller says which defaults its kind can take.</summary>
public static class DefaultValues
{
    /// <summary>A C++ numeric literal as a C# literal of <paramref name="csType"/>, or not representable.</summary>
    public static DefaultArgument Numeric(string cppDefault, string csType) =>
        NumericText(cppDefault, csType) is { } text ? DefaultArgument.Constant(text) : DefaultArgument.NotRepresentable;

    private static string? NumericText(string cppDefault, string csType)
    {
        var text = cppDefault.Trim();
        var isFloating = csType is "float" or "double";
        var trimmed = text.TrimEnd('u', 'U', 'l', 'L');
        if (isFloating)
        {
            trimmed = trimmed.TrimEnd('f', 'F');
            if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                var literal = value.ToString("R", CultureInfo.InvariantCulture);
                if (!literal.Contains('.', StringComparison.Ordinal) && !literal.Contains('E', StringComparison.Ordinal))
                {
                    literal += ".0";
                }
                return csType == "float" ? literal + "f" : literal;
            }
            return null;
        }
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            var unsigned = csType is "byte" or "ushort" or "uint" or "ulong";
            return unsigned && integer < 0 ? null : integer.ToString(CultureInfo.InvariantCulture);
        }
        return null;
    }
}
