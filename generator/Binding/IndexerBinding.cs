namespace ItkBindGen.Binding;

/// <summary>
/// C++ <c>operator[]</c> as a C# indexer over private accessors: the getter reads the element (a copy, or the element
/// itself when C++ returns a reference to an object), the setter writes through the reference a non-const
/// <c>operator[]</c> returns.
/// </summary>
public sealed record IndexerBinding(string CsType, MethodBinding Getter, MethodBinding? Setter)
{
    /// <summary>The index parameter, as the getter declares it.</summary>
    public string CsParameter => Getter.Parameters[0].CsDeclaration;

    public string CsIndexName => Getter.Parameters[0].Name;
}
