using Geo;

namespace ItkBindGen.PlainCpp.Tests;

/// <summary>std::pair through std_pair.i, built and called for real: first and second, and the constructors SWIG's declares.</summary>
public sealed class PairTests
{
    [Fact]
    public void A_pair_c_plus_plus_returns_reads_its_first_and_second()
    {
        using var range = Geometry.MinMax([3.0, 1.0, 2.5]);
        Assert.Equal((1.0, 3.0), (range.first, range.second));
    }

    [Fact]
    public void A_pair_made_in_c_sharp_is_passed_to_c_plus_plus_and_written_through_its_fields()
    {
        using var range = new Interval(2, 7);
        Assert.Equal(5.0, Geometry.Span(range));
        range.first = 4;
        Assert.Equal(3.0, Geometry.Span(range));
        using var empty = new Interval();
        Assert.Equal((0.0, 0.0), (empty.first, empty.second));
    }

    [Fact]
    public void A_pair_of_a_type_that_cannot_be_made_empty_says_so_when_asked_to()
    {
        using var grade = new Grade(3);
        using var counted = new GradeCount(grade, 4);
        Assert.Equal(3, counted.first.value);
        Assert.Equal(4, counted.second);
        var error = Assert.ThrowsAny<Exception>(() => new GradeCount());
        Assert.Contains("no default constructor", error.Message, StringComparison.Ordinal);
    }
}
