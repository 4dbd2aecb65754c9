using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>Which C++ member operators have a C# counterpart, and under which method name they are wrapped.</summary>
internal static class Operators
{
    /// <summary>The method name and the C# operator (null: the method only) of a member operator, or null when it has none.</summary>
    public static (string Method, string? Symbol)? Of(CppFunction function) => (function.Name, function.Parameters.Count) switch
    {
        ("operator+", 1) => ("Add", "+"),
        ("operator-", 1) => ("Subtract", "-"),
        ("operator*", 1) => ("Multiply", "*"),
        ("operator/", 1) => ("Divide", "/"),
        ("operator-", 0) => ("Negate", "-"),
        // C# == compares proxies; C++ equality is a method, as C# object equality would need a hash C++ does not give.
        ("operator==", 1) => ("IsEqualTo", null),
        ("operator!=", 1) => ("IsNotEqualTo", null),
        ("operator<", 1) => ("IsLessThan", null),
        _ => null,
    };

    public static bool IsIndexer(CppFunction function) => function.Name == "operator[]" && function.Parameters.Count == 1;

    public static bool IsAssignment(CppFunction function) => function.Name == "operator=";
}
