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
    public void Beyond_the_maximum_each_class_goes_to_the_numbered_unit_its_name_hashes_to_in_module_order()
    {
        var classes = Enumerable.Range(0, 40).Select(i => Class($"C{i:D2}", 1 + i % 7)).ToList();

        var units = ShimUnits.Split(classes, "M_wrap.cpp", 12);

        Assert.All(units, u => Assert.Matches(@"^M_wrap\.\d\d\.cpp$", u.FileName));
        Assert.Equal(classes.Count, units.Sum(u => u.Classes.Count));
        foreach (var unit in units)
        {
            var bucket = int.Parse(unit.FileName.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(unit.Classes, c => Assert.Equal(bucket, ShimUnits.Bucket(c.CsName, 12)));
            Assert.Equal(unit.Classes.OrderBy(c => classes.IndexOf(c)), unit.Classes);
        }
    }

    [Fact]
    public void Adding_or_removing_a_class_changes_only_the_unit_it_hashes_to()
    {
        var classes = Enumerable.Range(0, 60).Select(i => Class($"Filter{i:D2}F2", 3)).ToList();
        var before = ShimUnits.Split(classes, "M_wrap.cpp", 8);

        var added = ShimUnits.Split([.. classes.Take(30), Class("NewFilterF2", 5), .. classes.Skip(30)], "M_wrap.cpp", 8);
        var removed = ShimUnits.Split(classes.Where(c => c.CsName != "Filter17F2").ToList(), "M_wrap.cpp", 8);

        Assert.Single(Changed(before, added));
        Assert.Equal(ShimUnits.Bucket("NewFilterF2", 8), Changed(before, added).Single());
        Assert.Equal([ShimUnits.Bucket("Filter17F2", 8)], Changed(before, removed));
    }

    [Fact]
    public void Names_spread_about_evenly_over_the_units()
    {
        var classes = Enumerable.Range(0, 400).Select(i => Class($"Filter{i}ImageFilterF2", 2)).ToList();

        var sizes = ShimUnits.Split(classes, "M_wrap.cpp", 16).Select(u => u.Classes.Count).ToList();

        Assert.Equal(16, sizes.Count);
        Assert.True(sizes.Max() <= 2 * sizes.Min(), string.Join(", ", sizes));
    }

    [Fact]
    public void The_hash_is_fixed_across_runs_and_machines()
    {
        // FNV-1a of "MedianImageFilterF2" is 0x06C678DE (computed apart from the generator); a different value would move every class of every module.
        Assert.Equal((int)(0x06C678DEu % 16u), ShimUnits.Bucket("MedianImageFilterF2", 16));
    }

    private static IEnumerable<int> Changed(IReadOnlyList<ShimUnitBinding> before, IReadOnlyList<ShimUnitBinding> after)
    {
        var names = before.Select(u => u.FileName).Union(after.Select(u => u.FileName));
        return names
            .Where(n => !Classes(before, n).SequenceEqual(Classes(after, n)))
            .Select(n => int.Parse(n.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> Classes(IReadOnlyList<ShimUnitBinding> units, string fileName) =>
        units.FirstOrDefault(u => u.FileName == fileName)?.Classes.Select(c => c.CsName) ?? [];
}
