using System.Globalization;

namespace ItkBindGen.Binding;

/// <summary>Turns a C++ default argument into C# text, when C# can say the same thing as a constant.</summary>
public static class DefaultValues
{
    /// <summary>Marks a default C# cannot express; the binding then emits an overload without that parameter.</summary>
    public const string NotRepresentable = "\u0000";

    public static string? ToCSharp(string? cppDefault, TypeBinding type)
    {
        if (cppDefault is null)
        {
            return null;
        }
        var text = cppDefault.Trim();
        switch (type.Kind)
        {
            case TypeKind.Bool when text is "true" or "false":
                return text;
            case TypeKind.Bool when text is "0" or "1":
                return text == "1" ? "true" : "false";
            case TypeKind.Primitive:
                return Numeric(text, type.CsType) ?? NotRepresentable;
            case TypeKind.String when text.StartsWith('"') && text.EndsWith('"') && !text.Contains('\\', StringComparison.Ordinal):
                return text;
            default:
                return NotRepresentable;
        }
    }

    private static string? Numeric(string text, string csType)
    {
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
