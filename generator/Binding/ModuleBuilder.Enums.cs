using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

public sealed partial class ModuleBuilder
{
    /// <summary>Enums of the wrapped headers: namespace-level ones go to the module, class members nest in their proxy.</summary>
    private List<EnumBinding> CollectEnums(List<SelectedClass> classes, HashSet<string> used)
    {
        var moduleEnums = new List<EnumBinding>();
        var classEnums = _compilation.AllClasses().SelectMany(c => c.Enums).ToHashSet();
        foreach (var e in _compilation.AllEnums())
        {
            if ((!IsInWrappedHeader(e.Location) && !used.Contains(e.FullName)) || IsIgnored(e.FullName) || e.Name.Length == 0 || _enums.ContainsKey(e.FullName))
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
        // Enums the wrapped members use that the parser met only through their types.
        foreach (var e in used.Select(_compilation.FindEnum).OfType<CppEnum>().Where(e => !_enums.ContainsKey(e.FullName)))
        {
            var holder = e.OwnerClass is { } ownerName && _enumHolders.ContainsKey(ownerName) ? HolderName(ownerName) : null;
            if (e.OwnerClass is not null && holder is null)
            {
                continue;
            }
            if (Bind(e, holder is null ? Rename(e.FullName) ?? e.Name : $"{holder}.{e.Name}") is { } binding)
            {
                _enums[e.FullName] = binding;
                if (holder is null)
                {
                    moduleEnums.Add(binding);
                }
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

    /// <summary>
    /// The enums wrapped members take or return, wherever ITK declares them: a header the interface file only
    /// reaches through another, or a class that holds nothing but enums (ITK's <c>*Enums</c> classes), which then
    /// becomes a static C# class holding the C# enums.
    /// </summary>
    // By full name: the parser may hold an enum it resolved through a type apart from its declaration in a class.
    private HashSet<string> UsedEnums(List<SelectedClass> classes)
    {
        var owners = new Dictionary<string, CppClass>(StringComparer.Ordinal);
        foreach (var owner in _compilation.AllClasses())
        {
            foreach (var e in owner.Enums)
            {
                owners.TryAdd(e.FullName, owner);
            }
        }
        var selected = classes.Select(c => c.Class).ToHashSet();
        var names = classes.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in classes.ToList().SelectMany(c => c.Class.GetAllPublicFunctions()).Select(m => m.Function))
        {
            foreach (var type in function.Parameters.Select(p => p.Type).Prepend(function.ReturnType))
            {
                if (EnumOf(type) is not { } e || IsIgnored(e.FullName) || e.Name.Length == 0 || !used.Add(e.FullName))
                {
                    continue;
                }
                // A class the parser only met through this enum (its header is reached through another) holds nothing
                // the bindings need but the enum: it gets a C# home of its own.
                if (!owners.ContainsKey(e.FullName) && e.OwnerClass is { } ownerName && !_importedClasses.Contains(ownerName))
                {
                    if (!_enumHolders.ContainsKey(ownerName) && !names.Add(HolderName(ownerName)))
                    {
                        used.Remove(e.FullName);
                        continue;
                    }
                    _enumHolders.TryAdd(ownerName, []);
                    _enumHolders[ownerName].Add(e);
                    continue;
                }
                // An enum of an instantiation is bound with its class; one of a plain class only when the class can be its C# home.
                if (owners.TryGetValue(e.FullName, out var owner) && !selected.Contains(owner) && !_importedClasses.Contains(owner.FullName))
                {
                    if (owner.IsTemplate || owner.IsInstantiation || !HoldsOnlyEnums(owner) || IsIgnored(owner.FullName) || !names.Add(owner.Name))
                    {
                        used.Remove(e.FullName);
                        continue;
                    }
                    selected.Add(owner);
                    classes.Add(new SelectedClass(owner, owner.Name, classes.Count));
                }
            }
        }
        return used;
    }

    // Classes known only as the declarers of enums the bindings use: full name → their enums.
    private readonly Dictionary<string, List<CppEnum>> _enumHolders = new(StringComparer.Ordinal);

    private static string HolderName(string ownerName) => ownerName[(ownerName.LastIndexOf("::", StringComparison.Ordinal) + 2)..];

    /// <summary>A static C# class for each enum holder the parser has no class for: it holds the C# enums and no calls.</summary>
    private IEnumerable<ClassBinding> EnumHolderClasses() => _enumHolders.Select(holder => new ClassBinding
    {
        CppName = holder.Key,
        CsName = HolderName(holder.Key),
        NativePrefix = $"{_request.ModuleName}_{HolderName(holder.Key)}",
        Methods = [],
        Properties = [],
        Enums = holder.Value.Where(e => _enums.ContainsKey(e.FullName)).Select(e => _enums[e.FullName] with { CsName = e.Name }).ToList(),
    });

    private CppEnum? EnumOf(CppType type)
    {
        while (true)
        {
            switch (type)
            {
                case CppTypedefType typedef:
                    type = typedef.Target;
                    break;
                case CppQualifiedType qualified:
                    type = qualified.ElementType;
                    break;
                case CppReferenceType reference:
                    type = reference.Referenced;
                    break;
                case CppNamedType { IsEnum: true } named:
                    return _compilation.FindEnum(named.CanonicalSpelling);
                default:
                    return null;
            }
        }
    }

    private static bool HoldsOnlyEnums(CppClass cpp) =>
        cpp.Enums.Count > 0 && cpp.Functions.All(f => f.IsStatic || f.IsDeleted || f.IsOperator) && cpp.Fields.All(f => f.IsStatic);
}
