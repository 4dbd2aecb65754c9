namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// The identifiers one generated wrapper declares, on the C# side and on the C++ side: its parameters first, then every
/// local and extra parameter the marshallers ask for, each handed out once. A wanted name already taken gets a '_'
/// appended until it is free, so generated names never collide with a parameter's or with each other.
/// </summary>
public sealed class NameScope
{
    private readonly HashSet<string> _cs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cpp = new(StringComparer.Ordinal);

    public NameScope(IEnumerable<ParameterName> parameters)
    {
        foreach (var parameter in parameters)
        {
            _cs.Add(Key(parameter.Cs));
            _cpp.Add(parameter.Cpp);
        }
    }

    /// <summary>A C# name of the wrapper, its import declaration or its trampoline, declared once.</summary>
    public string Cs(string wanted) => Take(_cs, wanted, record: true);

    /// <summary>A C++ name of the shim entry point or the director, declared once.</summary>
    public string Cpp(string wanted) => Take(_cpp, wanted, record: true);

    /// <summary>A C# name local to a block (a loop variable): free in the scope, and free again after the block.</summary>
    public string CsBlock(string wanted) => Take(_cs, wanted, record: false);

    /// <summary>A C++ name local to a block (a loop variable).</summary>
    public string CppBlock(string wanted) => Take(_cpp, wanted, record: false);

    // '@' only escapes a keyword: @class and class are one C# identifier.
    private static string Key(string name) => name.TrimStart('@');

    private static string Take(HashSet<string> taken, string wanted, bool record)
    {
        var name = wanted;
        while (taken.Contains(Key(name)))
        {
            name += "_";
        }
        if (record)
        {
            taken.Add(Key(name));
        }
        return name;
    }
}
