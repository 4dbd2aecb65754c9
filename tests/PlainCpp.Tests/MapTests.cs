using Geo;

namespace ItkBindGen.PlainCpp.Tests;

/// <summary>std::map through std_map.i, built and called for real: the map C++ made, read in C#, and one C# made, read in C++.</summary>
public sealed class MapTests
{
    [Fact]
    public void A_map_c_plus_plus_returns_reads_in_its_order()
    {
        using var areas = Geometry.Areas();
        Assert.Equal(["circle", "unit square"], areas.Keys());
        Assert.Equal([3.14159, 1.0], areas.Values());
        Assert.True(areas.ContainsKey("circle"));
        Assert.False(areas.ContainsKey("hexagon"));
        Assert.Equal(1.0, areas.Get("unit square"));
        Assert.Equal(1.0, areas["unit square"]);
        Assert.Equal(2UL, areas.size());
    }

    [Fact]
    public void A_missing_key_throws_on_get()
    {
        using var areas = Geometry.Areas();
        var error = Assert.ThrowsAny<Exception>(() => areas.Get("hexagon"));
        Assert.Contains("map", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_map_made_and_changed_in_c_sharp_is_the_one_c_plus_plus_reads()
    {
        using var areas = new AreaMap();
        Assert.True(areas.empty());
        areas.Set("a", 1.5);
        areas["b"] = 2.0;
        areas.Set("a", 0.5);
        Assert.Equal(2.5, Geometry.TotalArea(areas));
        Assert.True(areas.Remove("a"));
        Assert.False(areas.Remove("a"));
        Assert.Equal(["b"], areas.Keys());
        Assert.Equal(1UL, areas.count("b"));
        areas.clear();
        Assert.Equal(0.0, Geometry.TotalArea(areas));
    }
}
