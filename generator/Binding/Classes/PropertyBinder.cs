using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>Get/Set pairs of one C# type become properties; the methods stay, as ITK users call them.</summary>
internal static class PropertyBinder
{
    /// <summary>Get/Set pairs of one C# type become properties, unless the name is taken in the proxy or its bases.</summary>
    public static List<PropertyBinding> Bind(CppClass cpp, string csName, List<MethodBinding> methods, ClassBinding? baseClass)
    {
        var taken = TakenNames(cpp, csName, methods, [], baseClass);
        var properties = new List<PropertyBinding>();
        foreach (var getter in methods)
        {
            if (getter.IsStatic || getter.Parameters.Count != 0 || getter.ReturnMarshaller is VoidMarshaller
                || !getter.CsName.StartsWith("Get", StringComparison.Ordinal) || getter.CsName.Length <= 3)
            {
                continue;
            }
            var name = getter.CsName[3..];
            var setter = methods.FirstOrDefault(m => m.CsName == "Set" + name && !m.IsStatic && m.ReturnMarshaller is VoidMarshaller
                && m.Parameters.Count == 1 && m.Parameters[0].Crossing.CsType == getter.Return.CsType);
            if (setter is null || !char.IsUpper(name[0]) || !taken.Add(name))
            {
                continue;
            }
            properties.Add(new PropertyBinding(name, getter.Return.CsType, getter, setter));
        }
        return properties;
    }

    /// <summary>The C# member names a class uses, its wrapped bases' included, so a new member does not reuse one.</summary>
    public static HashSet<string> TakenNames(CppClass cpp, string csName, IEnumerable<MethodBinding> methods, IEnumerable<PropertyBinding> properties, ClassBinding? baseClass)
    {
        var taken = new HashSet<string>(methods.Select(m => m.CsName).Concat(BaseMembers.PropertyNames), StringComparer.Ordinal) { csName };
        taken.UnionWith(properties.Select(p => p.Name));
        taken.UnionWith(cpp.Enums.Select(Selection.EnumSelection.CsName));
        for (var current = baseClass; current is not null; current = current.BaseClass)
        {
            taken.UnionWith(current.Methods.Select(m => m.CsName));
            taken.UnionWith(current.Properties.Select(p => p.Name));
        }
        return taken;
    }
}
