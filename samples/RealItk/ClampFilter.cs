namespace RealItk;

/// <summary>
/// An image filter written in C# over ITK 5.2's ImageToImageFilter (a director: %feature("director") in RealItk.i):
/// real ITK filters feed it and read its output like any ITK filter's.
/// </summary>
internal sealed class ClampFilter : ImageToImageFilterF2
{
    public float Maximum { get; init; } = float.MaxValue;

    protected override void GenerateData()
    {
        AllocateOutputs();
        using var input = GetInput()!;
        using var output = GetOutput()!;
        using var source = input.GetPixelView(); // zero-copy views of ITK's pixel buffers
        using var target = output.GetPixelView();
        for (var i = 0; i < source.Length; i++)
        {
            target.Span[i] = Math.Min(source.Span[i], Maximum);
        }
    }
}
