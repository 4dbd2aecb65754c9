using Geo;

namespace ItkBindGen.PlainCpp.Tests;

/// <summary>SWIG directives run for real: %constant values as C++ evaluates them, %copyctor's copies independent of their source.</summary>
public sealed class DirectiveTests
{
    [Fact]
    public void Constants_have_the_values_cpp_gives_them()
    {
        Assert.Equal(1.6180339887498949, Geometry.GoldenRatio);
        Assert.Equal(2, Geometry.BoxesPerPair);
        Assert.Equal("geo", Geometry.LibraryName);
        // A decimal literal beyond int is a long in C++, and so in C#.
        Assert.Equal(3000000000L, Geometry.Big);
    }

    [Fact]
    public void The_implicit_copy_constructor_copies_the_object()
    {
        using var original = new BoxD(1.5);
        using var copy = new BoxD(original);
        copy.Set(4);
        Assert.Equal(1.5, original.Get());
        Assert.Equal(4.0, copy.Get());
        Assert.NotEqual(original.NativePointer, copy.NativePointer);
    }
}
