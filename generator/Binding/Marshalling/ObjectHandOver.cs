namespace ItkBindGen.Binding.Marshalling;

/// <summary>How the shim hands a reference-counted object to C#: with one reference the proxy's handle will give back.</summary>
public static class ObjectHandOver
{
    /// <param name="value">The C++ expression: a raw pointer, or a SmartPointer when <paramref name="isSmartPointer"/>.</param>
    /// <param name="isSmartPointer">Whether the value is an <c>itk::SmartPointer</c>.</param>
    public static string Share(string value, bool isSmartPointer) => isSmartPointer ? $"ibg::share({value}.GetPointer())" : $"ibg::share({value})";
}
