namespace ItkBindGen.Binding;

/// <summary>
/// Splits a module's classes into shim translation units. Each unit re-instantiates the ITK templates its classes
/// share (sources, pixel types, iterators), so one unit a class multiplies that work; a few balanced units keep it
/// low and still give every core a unit (one a core measured best: tests/Catalogue/bench-build.sh).
/// A unit of one class is named after it; grouped units are numbered.
/// </summary>
public static class ShimUnits
{
    /// <summary>The default upper bound on units, for a machine of a few cores (the MSBuild step passes its machine's core count).</summary>
    public const int DefaultMaximum = 4;

    public static IReadOnlyList<ShimUnitBinding> Split(IReadOnlyList<ClassBinding> classes, string shimFileName, int maximum)
    {
        var stem = Path.GetFileNameWithoutExtension(shimFileName);
        var extension = Path.GetExtension(shimFileName);
        if (classes.Count <= maximum)
        {
            return classes.Select(c => new ShimUnitBinding($"{stem}.{c.CsName}{extension}", [c])).ToList();
        }

        // Contiguous runs of about equal entry-point counts, so units take about equally long to compile.
        var weights = classes.Select(c => c.Methods.Count + 1).ToList();
        var remaining = weights.Sum();
        var units = new List<ShimUnitBinding>();
        var digits = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var start = 0;
        for (var unit = 0; unit < maximum; unit++)
        {
            var target = (double)remaining / (maximum - unit);
            var end = start;
            var weight = 0;
            var classesLeftAfter = classes.Count - maximum + unit + 1;
            while (end < classes.Count && (end == start || (weight + weights[end] / 2.0 <= target && end < classesLeftAfter)))
            {
                weight += weights[end++];
            }
            remaining -= weight;
            var number = (unit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
            units.Add(new ShimUnitBinding($"{stem}.{number}{extension}", classes.Skip(start).Take(end - start).ToList()));
            start = end;
        }
        return units;
    }
}
