using Geo;

namespace ItkBindGen.PlainCpp.Tests;

/// <summary>Global variables run for real: static properties of the module's class over the one C++ variable.</summary>
// Reading Anchor makes a Point: with the tests that count live points, not beside them.
[Collection(nameof(LiveCounts))]
public sealed class VariableTests
{
    [Fact]
    public void A_global_variable_is_one_value_both_languages_read_and_write()
    {
        Geometry.Counter = 41;
        Assert.Equal(42, Geometry.BumpCounter());
        Assert.Equal(42, Geometry.Counter);
    }

    [Fact]
    public void A_const_variable_and_a_c_string_are_read_only()
    {
        Assert.Equal(1e-12, Geometry.Epsilon);
        Assert.Equal("hello", Geometry.Greeting);
        Assert.False(typeof(Geometry).GetProperty(nameof(Geometry.Epsilon))!.CanWrite);
        Assert.False(typeof(Geometry).GetProperty(nameof(Geometry.Greeting))!.CanWrite);
    }

    [Fact]
    public void An_object_variable_reads_as_a_copy_and_is_written_by_assignment()
    {
        using (var copy = Geometry.Anchor)
        {
            Assert.Equal(1.0, copy.x);
            copy.x = 5;
        }
        using (var again = Geometry.Anchor)
        {
            Assert.Equal(1.0, again.x);
        }
        using (var moved = new Point(3, 4))
        {
            Geometry.Anchor = moved;
        }
        using var read = Geometry.Anchor;
        Assert.Equal(3.0, read.x);
        Assert.Equal(4.0, read.y);
        using var restore = new Point(1, 2);
        Geometry.Anchor = restore;
    }

    [Fact]
    public void A_string_variable_round_trips()
    {
        Geometry.Label = "moved: \u00e9";
        Assert.Equal("moved: \u00e9", Geometry.Label);
        Geometry.Label = "origin";
    }

    [Fact]
    public void Code_the_interface_file_defines_is_compiled_once_and_wrapped()
    {
        Geometry.Answers = 10;
        Assert.Equal(42, Geometry.Answer());
        Assert.Equal(11, Geometry.Answers);
        Geometry.Visits = 3;
        Assert.Equal(3, Geometry.Visits);
    }

    [Fact]
    public void A_pointer_variable_is_written_as_a_proxy_or_as_null()
    {
        Assert.Null(Geometry.Marker);
        using var point = new Point(6, 1);
        Geometry.Marker = point;
        try
        {
            Assert.Equal(6.0, Geometry.MarkerX());
            // The proxy read back is of the same C++ object: a change through it is the C# point's too.
            using var marker = Geometry.Marker;
            Assert.NotNull(marker);
            marker.x = 7;
            Assert.Equal(7.0, point.x);
        }
        finally
        {
            Geometry.Marker = null;
        }
        Assert.Equal(-1.0, Geometry.MarkerX());
        Assert.Null(Geometry.Marker);
    }

    [Fact]
    public void A_pointer_member_is_written_as_a_proxy_or_as_null()
    {
        using var pin = new Pin();
        using var point = new Point(2, 3);
        pin.at = point;
        Assert.Equal(2.0, pin.AtX());
        pin.at = null;
        Assert.Equal(-1.0, pin.AtX());
        Assert.Null(pin.at);
    }
}
