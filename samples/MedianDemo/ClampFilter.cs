using System;
using Threaded = ItkCore.Threaded;

/// <summary>
/// An image filter written in C#: ImageToImageFilterF2 is a director (%feature("director") in ItkCore.i), so
/// overriding its GenerateData makes a filter that native filters can feed and be fed by, like any ITK filter.
/// </summary>
internal sealed class ClampFilter : Threaded.ImageToImageFilterF2
{
    private float _maximum = 1;

    public float Maximum
    {
        get => _maximum;
        set
        {
            _maximum = value;
            Modified(); // the pipeline re-runs the filter only when told it changed, as in C++
        }
    }

    protected override void GenerateData()
    {
        AllocateOutputs();
        using var input = GetInput()!;
        using var output = GetOutput()!;
        using var source = input.GetPixelView(); // zero-copy views of ITK's pixel buffers
        using var target = output.GetPixelView();
        for (var i = 0; i < source.Length; i++)
        {
            target.Span[i] = Math.Min(source.Span[i], _maximum);
        }
    }
}
