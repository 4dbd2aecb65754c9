using System.Globalization;

namespace ItkBindGen.Binding;

/// <summary>
/// Spreads the listed instantiations over instance units so the build compiles them on every core: an explicit
/// instantiation compiles every member of its class, which for ITK's neighborhood iterators or label maps takes seconds.
/// </summary>
public static class InstanceUnits
{
    /// <summary>About this many instantiations a unit: a few seconds of the compiler's time each on ITK's classes.</summary>
    public const int PerUnit = 40;

    /// <summary>
    /// The units, at most <paramref name="maximum"/> (the shim's own unit count) and one for every <see cref="PerUnit"/>
    /// instantiations; the list is dealt round robin, as it is ordered by what each entry saves, largest first.
    /// </summary>
    public static IReadOnlyList<InstanceUnitBinding> Split(ListedInstantiations list, string shimFileName, int maximum)
    {
        if (list.Entries.Count == 0)
        {
            return [];
        }
        var stem = Path.GetFileNameWithoutExtension(shimFileName);
        var extension = Path.GetExtension(shimFileName);
        var count = Math.Clamp((list.Entries.Count + PerUnit - 1) / PerUnit, 1, Math.Max(1, maximum));
        return Enumerable.Range(0, count)
            .Select(unit => new InstanceUnitBinding(
                $"{stem}.instances.{unit.ToString(CultureInfo.InvariantCulture)}{extension}",
                list.FileName,
                list.Entries.Where((_, i) => i % count == unit).ToList()))
            .ToList();
    }
}
