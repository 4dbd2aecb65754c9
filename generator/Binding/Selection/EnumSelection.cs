using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>
/// Chooses a module's enums: those of the wrapped headers (namespace-level ones go to the module, class members nest in
/// their proxy), and those the wrapped members take or return wherever ITK declares them — a header the interface file
/// only reaches through another, or a class that holds nothing but enums (ITK's <c>*Enums</c> classes), which then
/// becomes a static C# class holding the C# enums.
/// </summary>
internal sealed class EnumSelection(
    CppCompilation compilation, DirectiveIndex directives, WrappedHeaders headers, IReadOnlySet<string> importedClasses,
    IReadOnlyDictionary<string, EnumBinding> importedEnums, DiagnosticBag diagnostics)
{
    /// <summary>What the selection adds to a module.</summary>
    /// <param name="Owners">Classes selected only as the C# home of enums the bindings use (static classes).</param>
    /// <param name="Enums">Every enum the bindings can name, imported ones included, by C++ name.</param>
    /// <param name="ModuleEnums">The enums declared at the module level.</param>
    /// <param name="Holders">Classes the parser met only through one of their enums: full name → the enums they hold.</param>
    public sealed record Result(
        IReadOnlyList<SelectedClass> Owners, IReadOnlyDictionary<string, EnumBinding> Enums, IReadOnlyList<EnumBinding> ModuleEnums,
        IReadOnlyDictionary<string, IReadOnlyList<CppEnum>> Holders);

    public Result Select(IReadOnlyList<SelectedClass> classes)
    {
        var holders = new Dictionary<string, List<CppEnum>>(StringComparer.Ordinal);
        var (owners, used) = UsedEnums(classes, holders);
        var all = classes.Concat(owners).ToList();
        var enums = new Dictionary<string, EnumBinding>(importedEnums, StringComparer.Ordinal);
        var moduleEnums = CollectEnums(all, used, holders, enums);
        return new Result(owners, enums, moduleEnums, holders.ToDictionary(h => h.Key, h => (IReadOnlyList<CppEnum>)h.Value, StringComparer.Ordinal));
    }

    // By full name: the parser may hold an enum it resolved through a type apart from its declaration in a class.
    private (List<SelectedClass> Owners, HashSet<string> Used) UsedEnums(IReadOnlyList<SelectedClass> classes, Dictionary<string, List<CppEnum>> holders)
    {
        var owners = new Dictionary<string, CppClass>(StringComparer.Ordinal);
        foreach (var owner in compilation.AllClasses())
        {
            foreach (var e in owner.Enums)
            {
                owners.TryAdd(e.FullName, owner);
            }
        }
        var selected = classes.Select(c => c.Cpp).ToHashSet();
        var names = classes.Select(c => c.CsName).ToHashSet(StringComparer.Ordinal);
        var added = new List<SelectedClass>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in classes.SelectMany(c => c.Cpp.GetAllPublicFunctions()).Select(m => m.Function))
        {
            foreach (var type in function.Parameters.Select(p => p.Type).Prepend(function.ReturnType))
            {
                if (EnumOf(type) is not { } e || directives.IsIgnored(Declaration.InNamespace(e.FullName, DeclarationKind.Enum)) || e.Name.Length == 0 || !used.Add(e.FullName))
                {
                    continue;
                }
                // A class the parser only met through this enum (its header is reached through another) holds nothing
                // the bindings need but the enum: it gets a C# home of its own.
                if (!owners.ContainsKey(e.FullName) && e.OwnerClass is { } ownerName && !importedClasses.Contains(ownerName))
                {
                    // An instantiation's enum the parser did not list with it has no C# home: its users are skipped with the reason.
                    if (ownerName.Contains('<', StringComparison.Ordinal))
                    {
                        used.Remove(e.FullName);
                        continue;
                    }
                    if (!holders.ContainsKey(ownerName) && !names.Add(HolderName(ownerName)))
                    {
                        used.Remove(e.FullName);
                        continue;
                    }
                    holders.TryAdd(ownerName, []);
                    holders[ownerName].Add(e);
                    continue;
                }
                // An enum of an instantiation is bound with its class; one of a plain class only when the class can be its C# home.
                if (owners.TryGetValue(e.FullName, out var owner) && !selected.Contains(owner) && !importedClasses.Contains(owner.FullName))
                {
                    if (owner.IsTemplate || owner.IsInstantiation || !ClassFacts.HoldsOnlyEnums(owner) || directives.IsIgnored(Declaration.InNamespace(owner.FullName, DeclarationKind.Class)) || !names.Add(Interface.CSharpNames.Identifier(owner.Name)))
                    {
                        used.Remove(e.FullName);
                        continue;
                    }
                    selected.Add(owner);
                    added.Add(new SelectedClass(owner, Interface.CSharpNames.Identifier(owner.Name), ProxyKind.StaticOnly, classes.Count + added.Count, owner.Location));
                }
            }
        }
        return (added, used);
    }

    private List<EnumBinding> CollectEnums(List<SelectedClass> classes, HashSet<string> used, Dictionary<string, List<CppEnum>> holders,
        Dictionary<string, EnumBinding> enums)
    {
        var moduleEnums = new List<EnumBinding>();
        var classEnums = compilation.AllClasses().SelectMany(c => c.Enums).ToHashSet();
        foreach (var e in compilation.AllEnums())
        {
            if ((!headers.Contains(e.Location) && !used.Contains(e.FullName)) || directives.IsIgnored(Declaration.InNamespace(e.FullName, DeclarationKind.Enum)) || e.Name.Length == 0 || enums.ContainsKey(e.FullName))
            {
                continue;
            }
            var owner = classes.FirstOrDefault(c => c.Cpp.Enums.Contains(e));
            if (owner is null && classEnums.Contains(e))
            {
                continue;
            }
            if (Bind(e, owner is null ? directives.RenameOf(Declaration.InNamespace(e.FullName, DeclarationKind.Enum)) ?? CsName(e) : $"{owner.CsName}.{CsName(e)}") is { } binding)
            {
                enums[e.FullName] = binding;
                if (owner is null)
                {
                    moduleEnums.Add(binding);
                }
            }
        }
        // Enums the wrapped members use that the parser met only through their types.
        foreach (var e in used.Select(compilation.FindEnum).OfType<CppEnum>().Where(e => !enums.ContainsKey(e.FullName)))
        {
            var holder = e.OwnerClass is { } ownerName && holders.ContainsKey(ownerName) ? HolderName(ownerName) : null;
            if (e.OwnerClass is not null && holder is null)
            {
                continue;
            }
            if (Bind(e, holder is null ? directives.RenameOf(Declaration.InNamespace(e.FullName, DeclarationKind.Enum)) ?? CsName(e) : $"{holder}.{CsName(e)}") is { } binding)
            {
                enums[e.FullName] = binding;
                if (holder is null)
                {
                    moduleEnums.Add(binding);
                }
            }
        }
        // Enums of instantiated classes are spelled with the instantiation's name.
        foreach (var selected in classes.Where(c => c.Cpp.IsInstantiation))
        {
            foreach (var e in selected.Cpp.Enums)
            {
                if (Bind(e, $"{selected.CsName}.{CsName(e)}") is { } binding)
                {
                    enums[e.FullName] = binding;
                }
            }
        }
        return moduleEnums;
    }

    private EnumBinding? Bind(CppEnum e, string csName)
    {
        var primitive = e.IntegerType.StripTypedefs() as CppPrimitiveType;
        var underlying = primitive is null ? null : CsPrimitives.Of(primitive.PrimitiveKind);
        if (primitive is null || underlying is null)
        {
            diagnostics.Warning(DiagnosticIds.MemberNotWrapped, e.Location,
                $"enum '{e.FullName}' is not wrapped: its underlying type '{e.IntegerType.CanonicalSpelling}' has no C# mapping");
            return null;
        }
        var unsigned = underlying is "byte" or "ushort" or "uint" or "ulong";
        var items = new List<EnumItemBinding>();
        foreach (var item in e.Items)
        {
            var declaration = Declaration.EnumItem(e.FullName, item.Name);
            if (directives.IsIgnored(declaration))
            {
                continue;
            }
            var name = directives.RenameOf(declaration) ?? Interface.CSharpNames.Identifier(item.Name);
            if (items.Any(i => i.Name == name))
            {
                diagnostics.Warning(DiagnosticIds.DuplicateCsName, e.Location, $"enum item '{e.FullName}::{item.Name}' is not wrapped: another item of the enum is named '{name}' in C#; %rename or %ignore one of them");
                continue;
            }
            items.Add(new EnumItemBinding(name, unsigned ? item.UnsignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : item.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return new EnumBinding(e.FullName, csName, underlying, primitive.CanonicalSpelling, items)
        {
            Documentation = Documentation.Of(e.Comment),
            IsNameHidden = e.IsNameHidden,
        };
    }

    /// <summary>The C# name of a class known only as the declarer of enums: its unqualified name.</summary>
    public static string HolderName(string ownerName) => Interface.CSharpNames.Identifier(ownerName[(ownerName.LastIndexOf("::", StringComparison.Ordinal) + 2)..]);

    /// <summary>An enum's C# name (unqualified): its C++ name, a keyword renamed.</summary>
    public static string CsName(CppEnum e) => Interface.CSharpNames.Identifier(e.Name);

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
                    return compilation.FindEnum(named.CanonicalSpelling);
                default:
                    return null;
            }
        }
    }
}
