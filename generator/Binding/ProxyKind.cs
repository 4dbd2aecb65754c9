namespace ItkBindGen.Binding;

/// <summary>What a wrapped class's C# side is, decided once when the class is selected.</summary>
public enum ProxyKind
{
    /// <summary>A reference-counted object (derived from <c>itk::LightObject</c>): its handle holds one reference.</summary>
    ReferenceCounted,

    /// <summary>A value class: the proxy owns a heap copy it deletes.</summary>
    Value,

    /// <summary>A class of static members (or only enums): a static C# class, never an object.</summary>
    StaticOnly,
}
