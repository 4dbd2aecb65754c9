namespace ItkBindGen.Binding;

/// <summary>
/// A C++ type mapped to its C# public type, its interop type and its C ABI type in the shim.
/// Templates choose the marshalling code by <see cref="Kind"/>; they never see libclang types.
/// </summary>
public sealed record TypeBinding
{
    public required TypeKind Kind { get; init; }

    /// <summary>The canonical C++ type as declared, e.g. <c>const itk::Size&lt;2&gt; &amp;</c>.</summary>
    public required string CppType { get; init; }

    /// <summary>The C++ value type without reference and top-level const, e.g. <c>itk::Size&lt;2&gt;</c>.</summary>
    public required string CppValueType { get; init; }

    /// <summary>The type users see in C#.</summary>
    public required string CsType { get; init; }

    /// <summary>The type in the <c>LibraryImport</c> declaration (for arrays: the element pointer).</summary>
    public required string CsInteropType { get; init; }

    /// <summary>The C ABI type in the shim's signature (for arrays: the element pointer).</summary>
    public required string CppShimType { get; init; }

    /// <summary>For arrays and vectors: the element type in C# and in C++.</summary>
    public string ElementCsType { get; init; } = string.Empty;

    public string ElementCppType { get; init; } = string.Empty;

    /// <summary>For fixed arrays: the number of elements.</summary>
    public int Length { get; init; }

    /// <summary>For objects: the proxy class; for enums: the C# enum.</summary>
    public string? TargetName { get; init; }

    /// <summary>For objects: whether the C++ type is a SmartPointer (returned by value) rather than a raw pointer.</summary>
    public bool IsSmartPointer { get; init; }

    public bool IsVoid => Kind == TypeKind.Void;

    public override string ToString() => $"{CppType} => {CsType} [{Kind}]";
}
