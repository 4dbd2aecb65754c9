namespace ItkBindGen.Diagnostics;

/// <summary>A stable diagnostic number; see <see cref="DiagnosticIds"/> for the registry.</summary>
public readonly record struct DiagnosticId(int Number)
{
    public override string ToString() => $"IBG{Number:D4}";

    public static bool TryParse(string text, out DiagnosticId id)
    {
        id = default;
        if (text.Length == 7 && text.StartsWith("IBG", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(3), out var number))
        {
            id = new DiagnosticId(number);
            return true;
        }
        return false;
    }
}
