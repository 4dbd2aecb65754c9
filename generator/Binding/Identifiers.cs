using ItkBindGen.Interface;

namespace ItkBindGen.Binding;

/// <summary>C# identifiers for C++ names: keywords escaped, names the generated code uses for its locals avoided.</summary>
public static class Identifiers
{
    // Locals of the generated wrappers and shim; a parameter with one of these names gets a suffix.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "error", "result", "resultPointer", "resultData", "resultLength", "resultCount", "resultIndex", "resultSize", "self", "returned", "i", "j", "item", "flat",
    };

    // ITK's Set macros name their parameter _arg: the C# parameter reads as a property setter's.
    private const string MacroArgument = "_arg";

    public static string Parameter(string cppName, int index, HashSet<string> used)
    {
        var name = cppName.Length == 0 ? $"arg{index}" : cppName == MacroArgument ? "value" : cppName;
        if (Reserved.Contains(name))
        {
            name += "Argument";
        }
        while (!used.Add(name))
        {
            name += "_";
        }
        return CSharpNames.IsKeyword(name) ? "@" + name : name;
    }
}
