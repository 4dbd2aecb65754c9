namespace ItkBindGen.Binding.Marshalling;

/// <summary>How a proxy owns its native object, which decides how objects of its class cross.</summary>
public enum ProxyOwnership
{
    /// <summary>A reference-counted object returned by raw pointer: the proxy's handle holds one reference.</summary>
    SharedPointer,

    /// <summary>A reference-counted object returned as an <c>itk::SmartPointer</c>.</summary>
    SharedSmartPointer,

    /// <summary>A value class: the proxy owns a heap copy its handle deletes.</summary>
    OwnedCopy,
}
