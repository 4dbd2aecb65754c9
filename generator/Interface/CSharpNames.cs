namespace ItkBindGen.Interface;

/// <summary>
/// The names an interface file gives (<c>%module</c>, <c>%template</c>, <c>%rename</c>) become C# names, so a C#
/// keyword is refused where it is written rather than emitted as code that does not compile; a C++ name that is a C#
/// keyword is renamed.
/// </summary>
public static class CSharpNames
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

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>A C++ name as a C# declaration's name: a keyword gets a trailing '_', as SWIG renames it (its warning 314).</summary>
    public static string Identifier(string cppName) => IsKeyword(cppName) ? cppName + "_" : cppName;
}
