using Geo;

namespace ItkBindGen.PlainCpp.Tests;

/// <summary>A C++ value type from C#: constructors, copies, fields, operators, the indexer, static members.</summary>
[Collection(nameof(LiveCounts))]
public sealed class PointTests
{
    [Fact]
    public void Constructors_make_and_dispose_deletes_native_objects()
    {
        var live = LiveCounts.Settled(Point.Live);
        using (var origin = new Point())
        using (var point = new Point(3, 4))
        {
            Assert.Equal((0.0, 0.0), (origin.x, origin.y));
            Assert.Equal(5.0, point.Norm());
            Assert.Equal(live + 2, Point.Live());
        }
        Assert.Equal(live, Point.Live());
    }

    [Fact]
    public void The_copy_constructor_makes_a_new_native_object_that_changes_alone()
    {
        var copies = Point.Copies();
        using var original = new Point(1, 2);
        using var copy = new Point(original);
        Assert.Equal(copies + 1, Point.Copies());
        copy.x = 10;
        Assert.Equal((1.0, 10.0), (original.x, copy.x));
        Assert.NotEqual(original.NativePointer, copy.NativePointer);
    }

    [Fact]
    public void A_member_function_template_is_one_method_per_template_directive()
    {
        using var point = new Point(1.5, 2.25);
        // C++ converts each coordinate to T before adding: 1.5 + 2.25 + 0.25 as double, 1 + 2 + 1 as int.
        Assert.Equal(4.0, point.SumD(0.25));
        Assert.Equal(4, point.SumI(1));
        Assert.Equal(typeof(int), typeof(Point).GetMethod(nameof(Point.SumI))!.ReturnType);
    }

    [Fact]
    public void Fields_are_properties_and_static_members_are_static()
    {
        using var point = new Point(1, 2);
        point.y = 7;
        point.Translate(1, 1);
        Assert.Equal((2.0, 8.0), (point.x, point.y));
        Assert.Equal(2, Point.Dimension);
        var tolerance = Point.Tolerance;
        try
        {
            Point.Tolerance = 0.5;
            using var near = new Point(2.4, 8);
            Assert.True(point.IsEqualTo(near));
        }
        finally
        {
            Point.Tolerance = tolerance;
        }
        using var origin = Point.Origin();
        Assert.Equal(0.0, origin.Norm());
    }

    [Fact]
    public void Operators_and_methods_return_new_copies()
    {
        using var a = new Point(1, 2);
        using var b = new Point(3, 5);
        using var sum = a + b;
        using var difference = b - a;
        using var scaled = a * 3;
        using var negated = -a;
        using var viaMethod = a.Scaled(2);
        Assert.Equal((4.0, 7.0), (sum.x, sum.y));
        Assert.Equal((2.0, 3.0), (difference.x, difference.y));
        Assert.Equal((3.0, 6.0), (scaled.x, scaled.y));
        Assert.Equal((-1.0, -2.0), (negated.x, negated.y));
        Assert.Equal((2.0, 4.0), (viaMethod.x, viaMethod.y));
        Assert.True(a.IsNotEqualTo(b));
        using var same = new Point(1, 2);
        Assert.True(a.IsEqualTo(same));
        // C# == compares proxies, not C++ values.
        Assert.False(a == same);
    }

    [Fact]
    public void The_indexer_reads_and_writes_through_operator_brackets()
    {
        using var point = new Point(1, 2);
        Assert.Equal(2.0, point[1]);
        point[0] = 9;
        Assert.Equal(9.0, point.x);
    }

    [Fact]
    public void Default_arguments_and_a_cpp_ToString_are_callable()
    {
        using var point = new Point(25.4, 50.8);
        Assert.Equal("(25.4, 50.8 mm)", point.Describe());
        Assert.Equal("(1, 2 in)", point.Describe(Unit.Inch));
        Assert.Equal("(25.4, 50.8 mm)", point.ToString());
    }

    [Fact]
    public void Free_functions_take_objects_by_reference_and_pointer()
    {
        using var a = new Point(0, 0);
        using var b = new Point(6, 8);
        Assert.Equal(10.0, Geometry.Distance(a, b));
        Geometry.Shift(a, 1, 2);
        Assert.Equal((1.0, 2.0), (a.x, a.y));
        using var middle = Geometry.Midpoint(a, b);
        Assert.Equal((3.5, 5.0), (middle.x, middle.y));
    }
}

/// <summary>Tests that read C++'s live-object counts run one at a time.</summary>
[CollectionDefinition(nameof(LiveCounts), DisableParallelization = true)]
public sealed class LiveCounts
{
    /// <summary>A count read once no proxy another test dropped is left for the finalizer to delete.</summary>
    public static int Settled(Func<int> count)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return count();
    }
}
