namespace ItkBindGen.Binding;

/// <summary>Extra members for <c>itk::Image</c> instantiations: pixel data in and out of .NET memory.</summary>
public sealed record ImageBinding(string PixelCsType, string PixelCppType, int Dimension);
