using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>What the binding decides from a C++ class's bases and members alone.</summary>
public static class ClassFacts
{
    public const string LightObject = "itk::LightObject";
    public const string ItkObject = "itk::Object";
    public const string ProcessObject = "itk::ProcessObject";

    public static bool DerivesFrom(CppClass cpp, string fullName) =>
        cpp.FullName == fullName || cpp.BaseTypes.Any(b => b.Class is { } c && DerivesFrom(c, fullName));

    public static int Depth(CppClass cpp) =>
        cpp.BaseTypes.Select(b => b.Class is { } c ? Depth(c) + 1 : 0).DefaultIfEmpty(0).Max();

    /// <summary>The name directives use for a class: the template's name for an instantiation, so one directive covers all.</summary>
    public static string DirectiveName(CppClass cpp) => cpp.TemplateName ?? cpp.FullName;

    /// <summary>ITK's exceptions reach C# as the runtime's typed exceptions; they get no proxy.</summary>
    public static bool IsException(CppClass cpp) => DerivesFrom(cpp, "itk::ExceptionObject") || DerivesFrom(cpp, "std::exception");

    /// <summary>A class with no instance member, field or constructor taking arguments, that has static members or only enums.</summary>
    public static bool IsStaticOnly(CppClass cpp) =>
        !cpp.Functions.Any(f => !f.IsStatic && !f.IsDeleted && !f.IsOperator) && !cpp.Fields.Any(f => !f.IsStatic)
        && !cpp.Constructors.Any(c => c.Parameters.Count > 0 && !c.IsDeleted && !c.Flags.HasFlag(CppFunctionFlags.CopyConstructor) && !c.Flags.HasFlag(CppFunctionFlags.MoveConstructor))
        && (cpp.Functions.Any(f => f.IsStatic) || cpp.Fields.Any(f => f.IsStatic) || HoldsOnlyEnums(cpp));

    public static bool HoldsOnlyEnums(CppClass cpp) =>
        cpp.Enums.Count > 0 && cpp.Functions.All(f => f.IsStatic || f.IsDeleted || f.IsOperator) && cpp.Fields.All(f => f.IsStatic);

    /// <summary>Every class <paramref name="cpp"/> is or derives from, by full name.</summary>
    public static HashSet<string> AncestorsAndSelf(CppClass cpp)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { cpp.FullName };
        foreach (var baseType in cpp.BaseTypes)
        {
            if (baseType.Class is { } baseClass)
            {
                result.UnionWith(AncestorsAndSelf(baseClass));
            }
        }
        return result;
    }

    /// <summary>
    /// Whether a pointer to <paramref name="cpp"/> converts to any of its bases' and back by <c>static_cast</c>: no base is
    /// virtual and none is reached along two paths. A value class that is not so is its own hierarchy root and has no
    /// C# base, since its address could not be taken as a base's.
    /// </summary>
    public static bool HasPlainBases(CppClass cpp)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool Walk(CppClass current)
        {
            foreach (var baseType in current.BaseTypes)
            {
                if (baseType.IsVirtual || baseType.Class is { } c && (!seen.Add(c.FullName) || !Walk(c)))
                {
                    return false;
                }
            }
            return true;
        }
        return Walk(cpp);
    }

    /// <summary>The classes reached along more than one path from <paramref name="cpp"/>: C++ calls their members ambiguous.</summary>
    public static HashSet<string> AmbiguousAncestors(CppClass cpp)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Walk(CppClass current)
        {
            foreach (var baseType in current.BaseTypes.Where(b => b.Class is not null))
            {
                // A virtual base is one subobject however often it is reached.
                var name = baseType.Class!.FullName;
                counts[name] = baseType.IsVirtual ? 1 : counts.GetValueOrDefault(name) + 1;
                Walk(baseType.Class);
            }
        }
        Walk(cpp);
        return counts.Where(c => c.Value > 1).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }
}
