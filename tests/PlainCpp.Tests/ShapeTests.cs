using Geo;

namespace ItkBindGen.PlainCpp.Tests;

/// <summary>A C++ class hierarchy from C#: virtual members, an abstract base, ownership of returned objects, templates.</summary>
[Collection(nameof(LiveCounts))]
public sealed class ShapeTests
{
    [Fact]
    public void Virtual_members_dispatch_in_cpp_through_the_base_proxy()
    {
        using var origin = new Point(0, 0);
        using var corner = new Point(1, 1);
        using var circle = new Circle(origin, 2);
        using var square = new Square(corner, 3);
        Shape[] shapes = [circle, square];
        Assert.Equal([Math.PI * 4, 9.0], shapes.Select(s => s.Area()));
        Assert.Equal([Shape.Kind.Circle, Shape.Kind.Square], shapes.Select(s => s.GetKind()));
        Assert.Equal(["circle", "shape"], shapes.Select(s => s.Name()));
        circle.Radius = 1;
        Assert.Equal(Math.PI, circle.Area(), 12);
        square.side = 2;
        Assert.Equal(4.0, square.Area());
    }

    [Fact]
    public void A_new_object_is_owned_by_its_proxy_and_a_returned_argument_is_not()
    {
        var live = LiveCounts.Settled(Shape.Live);
        using (var small = ShapeFactory.NewCircle(0, 0, 1)!)
        using (var large = ShapeFactory.NewSquare(0, 0, 4)!)
        {
            Assert.Equal(live + 2, Shape.Live());
            var larger = ShapeFactory.Larger(small, large)!;
            Assert.Equal(large.NativePointer, larger.NativePointer);
            // Disposing the borrowed proxy deletes nothing.
            larger.Dispose();
            Assert.Equal(live + 2, Shape.Live());
            Assert.Equal(16.0, large.Area());
        }
        Assert.Equal(live, Shape.Live());
    }

    [Fact]
    public void A_reference_return_is_the_object_itself_and_a_value_return_a_copy()
    {
        using var start = new Point(1, 1);
        using var circle = new Circle(start, 1);
        using (var center = circle.MutableCenter())
        {
            center.x = 5;
        }
        using var copy = circle.Center();
        using var constCopy = circle.CenterRef();
        Assert.Equal((5.0, 5.0), (copy.x, constCopy.x));
        copy.x = 0;
        using var again = circle.Center();
        Assert.Equal(5.0, again.x);
        using var by = new Point(1, 2);
        circle.Move(by);
        using var moved = circle.Center();
        Assert.Equal((6.0, 3.0), (moved.x, moved.y));
    }

    [Fact]
    public void A_class_template_is_two_proxies()
    {
        using var doubles = new BoxD(1.5);
        using var twice = doubles.Twice();
        Assert.Equal(3.0, twice.Get());
        doubles.Set(2.5);
        Assert.Equal(2.5, doubles.value);
        using var ints = new BoxI();
        ints.value = 21;
        using var intsTwice = ints.Twice();
        Assert.True(intsTwice.Holds(42));
        Assert.False(ints.Holds(42));
    }

    [Fact]
    public void A_class_of_static_members_is_a_static_class()
    {
        var calls = Stats.Calls();
        Assert.Equal(2.0, Stats.Mean([1, 2, 3]));
        Assert.Equal(0.0, Stats.Mean([]));
        Assert.Equal(calls + 2, Stats.Calls());
        Assert.True(typeof(Stats).IsAbstract && typeof(Stats).IsSealed);
    }
}
