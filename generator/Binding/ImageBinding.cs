namespace ItkBindGen.Binding;

/// <summary>
/// Extra members for <c>itk::Image</c> instantiations: pixel data in and out of .NET memory. A pixel of
/// <see cref="Components"/> values (<c>Vector&lt;float, 2&gt;</c>, <c>RGBPixel&lt;unsigned char&gt;</c>) is seen from C# as that
/// many values of <see cref="PixelCsType"/>, interleaved.
/// </summary>
public sealed record ImageBinding(string PixelCsType, int Dimension, int Components = 1);
