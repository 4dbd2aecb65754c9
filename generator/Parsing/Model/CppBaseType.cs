namespace ItkBindGen.Parsing;

/// <summary>One base-specifier; <see cref="Class"/> is the resolved base for instantiations and complete classes.</summary>
public sealed class CppBaseType
{
    public required CppAccess Access { get; init; }

    public required bool IsVirtual { get; init; }

    public required CppType Type { get; init; }

    public CppClass? Class { get; set; }

    public override string ToString() =>
        $"{Access.ToString().ToLowerInvariant()} {(IsVirtual ? "virtual " : string.Empty)}{Type.CanonicalSpelling}";
}
