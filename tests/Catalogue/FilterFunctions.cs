using System.Runtime.InteropServices;

namespace CatalogueTests;

/// <summary>The pixel functions the generator filters run, the same as the C++ reference program's (reference_parameters.h).</summary>
internal static unsafe class FilterFunctions
{
    [UnmanagedCallersOnly]
    public static float Square(float x) => x * x;

    [UnmanagedCallersOnly]
    public static float Difference(float a, float b) => a - b;

    [UnmanagedCallersOnly]
    public static float SumLessThird(float a, float b, float c) => a + b - c;
}
