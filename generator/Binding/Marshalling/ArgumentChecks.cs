namespace ItkBindGen.Binding.Marshalling;

/// <summary>The C# argument checks a wrapper makes before anything is pinned, written once for every kind.</summary>
public static class ArgumentChecks
{
    public static string NotNull(string name) => $"ArgumentNullException.ThrowIfNull({name});";

    /// <summary>Throws <c>ArgumentException</c> with <paramref name="message"/> when <paramref name="wrong"/> holds.</summary>
    public static IEnumerable<string> Throw(string wrong, string message, string name) =>
    [
        $"if ({wrong})",
        "{",
        $"    throw new ArgumentException(\"{message}\", nameof({name}));",
        "}",
    ];

    /// <summary>An array or span of exactly <paramref name="length"/> values.</summary>
    public static IEnumerable<string> Length(string name, int length) =>
        Throw($"{name}.Length != {length}", $"Expected {length} values.", name);
}
