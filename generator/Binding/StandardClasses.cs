namespace ItkBindGen.Binding;

/// <summary>The standard library's class templates a %template makes a class of, known by their spellings.</summary>
public static class StandardClasses
{
    private const string Vector = "std::vector<";
    private const string Pair = "std::pair<";
    private const string Map = "std::map<";

    public static bool IsVector(string type) => type.StartsWith(Vector, StringComparison.Ordinal);

    public static bool IsPair(string type) => type.StartsWith(Pair, StringComparison.Ordinal);

    public static bool IsMap(string type) => type.StartsWith(Map, StringComparison.Ordinal);

    /// <summary>A class of the standard library (its name in namespace std).</summary>
    public static bool IsStandard(string type) => type.StartsWith("std::", StringComparison.Ordinal);

    /// <summary>A standard class a %template of makes no class yet: the others than vector, pair and map.</summary>
    public static bool IsNotWrapped(string type) => IsStandard(type) && !IsVector(type) && !IsPair(type) && !IsMap(type);
}
