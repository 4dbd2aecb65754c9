namespace ItkBindGen.Parsing;

/// <summary>An enum; <see cref="IsScoped"/> for <c>enum class</c>. <see cref="IntegerType"/> is the underlying type.</summary>
public sealed class CppEnum : CppDeclaration
{
    public required string FullName { get; init; }

    public required bool IsScoped { get; init; }

    public required CppType IntegerType { get; init; }

    public List<CppEnumItem> Items { get; } = [];

    /// <summary>Whether a variable or function of its scope has its name (C's <c>enum action action;</c>): C++ then names the type <c>enum action</c>.</summary>
    public bool IsNameHidden { get; init; }

    /// <summary>The full name of the class that declares it, or null for an enum of a namespace.</summary>
    public string? OwnerClass { get; init; }

    public override string ToString() =>
        $"enum {(IsScoped ? "class " : string.Empty)}{Name} : {IntegerType.CanonicalSpelling} {{ {string.Join(", ", Items)} }}";
}
