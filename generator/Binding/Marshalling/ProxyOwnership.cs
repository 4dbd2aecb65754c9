namespace ItkBindGen.Binding.Marshalling;

/// <summary>Who owns the native object behind a proxy that crosses from C++ to C#, which decides how it crosses.</summary>
public enum ProxyOwnership
{
    /// <summary>A reference-counted object returned by raw pointer: the proxy's handle holds one reference.</summary>
    SharedPointer,

    /// <summary>A reference-counted object returned as an <c>itk::SmartPointer</c>.</summary>
    SharedSmartPointer,

    /// <summary>An object returned by value (or const reference): the proxy owns a heap copy its handle deletes.</summary>
    OwnedCopy,

    /// <summary>A new object returned by pointer from a function <c>%newobject</c> names: the proxy owns and deletes it.</summary>
    OwnedPointer,

    /// <summary>An object returned by pointer or non-const reference that C++ keeps owning: the proxy never deletes it.</summary>
    Borrowed,
}
