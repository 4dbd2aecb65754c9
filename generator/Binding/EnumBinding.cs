namespace ItkBindGen.Binding;

public sealed record EnumItemBinding(string Name, string Value);

/// <summary>A C++ enum as a C# enum with the same underlying type and values.</summary>
public sealed record EnumBinding(string CppName, string CsName, string UnderlyingCsType, string UnderlyingCppType, IReadOnlyList<EnumItemBinding> Items)
{
    public IReadOnlyList<string> Documentation { get; init; } = [];

    /// <summary>Whether a variable or function of its scope has its name, so the shim names the type <c>enum action</c>.</summary>
    public bool IsNameHidden { get; init; }
}
