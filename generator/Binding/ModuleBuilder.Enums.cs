using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

public sealed partial class ModuleBuilder
{
    /// <summary>Enums of the wrapped headers: namespace-level ones go to the module, class members nest in their proxy.</summary>
    private List<EnumBinding> CollectEnums(List<SelectedClass> classes)
    {
        var moduleEnums = new List<EnumBinding>();
        var classEnums = _compilation.AllClasses().SelectMany(c => c.Enums).ToHashSet();
        foreach (var e in _compilation.AllEnums())
        {
            if (!IsInWrappedHeader(e.Location) || IsIgnored(e.FullName) || e.Name.Length == 0)
            {
                continue;
            }
            var owner = classes.FirstOrDefault(c => c.Class.Enums.Contains(e));
            var isModuleLevel = !classEnums.Contains(e);
            if (owner is null && !isModuleLevel)
            {
                continue;
            }
            var binding = Bind(e, owner is null ? Rename(e.FullName) ?? e.Name : $"{owner.Name}.{e.Name}");
            if (binding is null)
            {
                continue;
            }
            _enums[e.FullName] = binding;
            if (owner is null)
            {
                moduleEnums.Add(binding);
            }
        }
        // Enums of instantiated classes are spelled with the instantiation's name.
        foreach (var selected in classes.Where(c => c.Class.IsInstantiation))
        {
            foreach (var e in selected.Class.Enums)
            {
                if (Bind(e, $"{selected.Name}.{e.Name}") is { } binding)
                {
                    _enums[e.FullName] = binding;
                }
            }
        }
        return moduleEnums;
    }

    private EnumBinding? Bind(CppEnum e, string csName)
    {
        var primitive = e.IntegerType.StripTypedefs() as CppPrimitiveType;
        var underlying = primitive is null ? null : TypeMapper.PrimitiveCsType(primitive.PrimitiveKind);
        if (primitive is null || underlying is null)
        {
            _diagnostics.Warning(DiagnosticIds.MemberNotWrapped, e.Location,
                $"enum '{e.FullName}' is not wrapped: its underlying type '{e.IntegerType.CanonicalSpelling}' has no C# mapping");
            return null;
        }
        var unsigned = underlying is "byte" or "ushort" or "uint" or "ulong";
        var items = e.Items.Select(item => new EnumItemBinding(
            item.Name,
            unsigned ? item.UnsignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture)
                     : item.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return new EnumBinding(e.FullName, csName, underlying, primitive.CanonicalSpelling, items) { Documentation = Documentation.Of(e.Comment) };
    }
}
