namespace ItkBindGen.Binding;

/// <summary>C# identifiers for C++ names: keywords escaped, names the generated code uses for its locals avoided.</summary>
public static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    // Locals of the generated wrappers and shim; a parameter with one of these names gets a suffix.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "error", "result", "resultPointer", "resultData", "resultLength", "self", "value", "i",
    };

    public static string Parameter(string cppName, int index, HashSet<string> used)
    {
        var name = cppName.Length == 0 ? $"arg{index}" : cppName;
        if (Reserved.Contains(name))
        {
            name += "Argument";
        }
        while (!used.Add(name))
        {
            name += "_";
        }
        return Keywords.Contains(name) ? "@" + name : name;
    }
}
