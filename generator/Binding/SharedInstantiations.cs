using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

/// <summary>
/// Decides which class template instantiations the module's own shim source compiles once for all units. Creating a
/// polymorphic object emits its vtable and so compiles every virtual member of the class and of each base; a unit
/// whose classes share a base, an image type or a wrapped class with another unit would compile that code again.
/// An instantiation needed by two or more units is compiled once instead; one needed by a single unit stays there,
/// so adding a class changes its own unit, the module's source and at most the units that newly share with it.
/// </summary>
public static class SharedInstantiations
{
    /// <summary>The units with the instantiations each shares with another unit; <paramref name="find"/> resolves a class by canonical spelling.</summary>
    public static IReadOnlyList<ShimUnitBinding> Declare(IReadOnlyList<ShimUnitBinding> units, Func<string, CppClass?> find)
    {
        if (units.Count < 2)
        {
            return units;
        }
        var known = new Dictionary<string, CppClass?>(StringComparer.Ordinal);
        var lookUp = find;
        find = name => known.TryGetValue(name, out var c) ? c : known[name] = lookUp(name);
        var needs = units
            .Select(u => u.Classes.Select(c => find(c.CppName)).OfType<CppClass>().SelectMany(c => Needed(c, find)).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var users = needs.SelectMany(n => n).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return units
            .Select((u, i) => u with { ExternInstantiations = needs[i].Where(users.Contains).Order(StringComparer.Ordinal).ToList() })
            .ToList();
    }

    /// <summary>
    /// The reference-counted instantiations compiling <paramref name="cpp"/> brings along, with all their virtual members:
    /// the class itself, its bases, and those among its template arguments (its images), with theirs. Value classes
    /// and functors are left where they are used: an explicit instantiation compiles every member, used or not.
    /// </summary>
    public static IEnumerable<string> Needed(CppClass cpp, Func<string, CppClass?> find)
    {
        var found = new List<string>();
        Collect(cpp, find, new HashSet<string>(StringComparer.Ordinal), found);
        return found;
    }

    private static void Collect(CppClass cpp, Func<string, CppClass?> find, HashSet<string> seen, List<string> found)
    {
        if (!seen.Add(cpp.FullName))
        {
            return;
        }
        if (!DerivesFrom(cpp, LightObject))
        {
            return;
        }
        if (cpp.IsInstantiation)
        {
            found.Add(cpp.FullName);
        }
        foreach (var baseType in cpp.BaseTypes)
        {
            if (baseType.Class is { } baseClass)
            {
                Collect(baseClass, find, seen, found);
            }
        }
        foreach (var argument in cpp.TemplateArguments)
        {
            if (argument.Type is { } type && find(type.CanonicalSpelling) is { } argumentClass)
            {
                Collect(argumentClass, find, seen, found);
            }
        }
    }

    private const string LightObject = "itk::LightObject";

    private static bool DerivesFrom(CppClass cpp, string fullName) =>
        cpp.FullName == fullName || cpp.BaseTypes.Any(b => b.Class is { } c && DerivesFrom(c, fullName));
}
