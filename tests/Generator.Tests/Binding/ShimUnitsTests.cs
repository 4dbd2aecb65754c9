using ItkBindGen.Binding;
using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Tests.Binding;

public sealed class ShimUnitsTests
{
    private static ClassBinding Class(string name, int methods) => new()
    {
        CppName = "ns::" + name,
        CsName = name,
        Kind = ProxyKind.ReferenceCounted,
        Methods = Enumerable.Range(0, methods).Select(i => new MethodBinding
        {
            CppName = $"F{i}", DeclaringClass = "ns::" + name, CsName = $"F{i}", NativeName = $"M_{name}_F{i}", CppCall = $"F{i}()",
            NativeClass = "MNative", ModuleName = "M", HostCsName = name, ReturnMarshaller = VoidMarshaller.Instance, Parameters = [], Lock = LockPolicy.Holds,
            Return = VoidMarshaller.Instance.Return($"F{i}()", [], new NameScope([])), Names = new WrapperNames("self", "error", "call", "self", "error"),
            CppSelfType = "itk::LightObject *",
        }).ToList(),
        Properties = [],
    };

    [Fact]
    public void Up_to_the_maximum_each_class_has_a_unit_named_after_it()
    {
        var units = ShimUnits.Split([Class("A", 3), Class("B", 1)], "M_wrap.cpp", 8);
        Assert.Equal(["M_wrap.A.cpp", "M_wrap.B.cpp"], units.Select(u => u.FileName));
        Assert.All(units, u => Assert.Single(u.Classes));
    }

    [Fact]
    public void Beyond_the_maximum_classes_are_grouped_in_order_into_balanced_numbered_units()
    {
        var classes = Enumerable.Range(0, 25).Select(i => Class($"C{i:D2}", i % 5 == 0 ? 40 : 4)).ToList();

        var units = ShimUnits.Split(classes, "M_wrap.cpp", 4);

        Assert.Equal(["M_wrap.1.cpp", "M_wrap.2.cpp", "M_wrap.3.cpp", "M_wrap.4.cpp"], units.Select(u => u.FileName));
        Assert.Equal(classes, units.SelectMany(u => u.Classes));
        var weights = units.Select(u => u.Classes.Sum(c => c.Methods.Count + 1)).ToList();
        Assert.True(weights.Max() <= 2 * weights.Min(), string.Join(", ", weights));
    }

    [Fact]
    public void Every_unit_gets_a_class_even_when_one_class_outweighs_the_rest()
    {
        var classes = new[] { Class("Big", 1000), Class("S1", 1), Class("S2", 1), Class("S3", 1) };

        var units = ShimUnits.Split(classes, "M_wrap.cpp", 3);

        Assert.Equal(3, units.Count);
        Assert.All(units, u => Assert.NotEmpty(u.Classes));
        Assert.Equal(classes, units.SelectMany(u => u.Classes));
    }
}
