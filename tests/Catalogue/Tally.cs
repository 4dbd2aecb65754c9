namespace CatalogueTests;

/// <summary>What one module's filters gave: how many ran, were equal to C++ pixel for pixel or by value, were expected to fail.</summary>
internal sealed class Tally
{
    public int Ran { get; set; }

    public int Pixels { get; set; }

    public int Values { get; set; }

    public int Expected { get; set; }
}
