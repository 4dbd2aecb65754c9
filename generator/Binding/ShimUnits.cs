using System.Globalization;
using System.Text;

namespace ItkBindGen.Binding;

/// <summary>
/// Splits a module's classes into shim translation units. Up to the maximum, each class has a unit named after it;
/// beyond it, a class's unit is chosen by a hash of its C# name alone, so adding or removing one %template changes
/// one unit and leaves every other unit's text, and so its compiled object, as it was.
/// </summary>
public static class ShimUnits
{
    /// <summary>The default upper bound on units, for a machine of a few cores (the MSBuild step passes its own).</summary>
    public const int DefaultMaximum = 4;

    public static IReadOnlyList<ShimUnitBinding> Split(IReadOnlyList<ClassBinding> classes, string shimFileName, int maximum)
    {
        var stem = Path.GetFileNameWithoutExtension(shimFileName);
        var extension = Path.GetExtension(shimFileName);
        if (classes.Count <= maximum)
        {
            return classes.Select(c => new ShimUnitBinding($"{stem}.{c.CsName}{extension}", [c])).ToList();
        }

        var digits = (maximum - 1).ToString(CultureInfo.InvariantCulture).Length;
        return classes
            .GroupBy(c => Bucket(c.CsName, maximum))
            .OrderBy(g => g.Key)
            .Select(g => new ShimUnitBinding(
                $"{stem}.{g.Key.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')}{extension}", g.ToList()))
            .ToList();
    }

    /// <summary>The unit of a class: FNV-1a of its UTF-8 name, the same on every machine and run (string.GetHashCode is not).</summary>
    public static int Bucket(string name, int buckets)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash % (uint)buckets);
    }
}
