using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

public sealed partial class ModuleBuilder
{
    private ThreadPolicyTable? _threadPolicy;

    private ThreadPolicyTable ThreadPolicy => _threadPolicy ??= new ThreadPolicyTable(_request.Threads, _request.ThreadDirectives);

    private bool ReleasesLock(CppClass? declaring, string name) =>
        declaring is null ? ThreadPolicy.ReleasesLock(name) : ThreadPolicy.ReleasesLock(declaring.FullName, name);

    /// <summary>The name directives use for a class: the template's name for an instantiation, so one directive covers all.</summary>
    private static string DirectiveName(CppClass cpp) => cpp.TemplateName ?? cpp.FullName;

    private bool IsIgnored(string qualifiedName)
    {
        var target = ThreadPolicyTable.Normalize(qualifiedName);
        foreach (var directive in _request.Ignores)
        {
            if (ThreadPolicyTable.Normalize(directive.Target) == target)
            {
                _usedDirectives.Add(Key(directive.Location));
                return true;
            }
        }
        return false;
    }

    private string? Rename(string qualifiedName)
    {
        var target = ThreadPolicyTable.Normalize(qualifiedName);
        string? result = null;
        foreach (var directive in _request.Renames)
        {
            if (ThreadPolicyTable.Normalize(directive.Target) == target)
            {
                _usedDirectives.Add(Key(directive.Location));
                result = directive.NewName;
            }
        }
        return result;
    }

    /// <summary>A %rename or %ignore that matched nothing is most often a typo: say so, like a compiler's unused warning.</summary>
    private void ReportUnusedDirectives()
    {
        foreach (var directive in _request.Ignores)
        {
            if (!_usedDirectives.Contains(Key(directive.Location)))
            {
                _diagnostics.Warning(DiagnosticIds.DirectiveMatchesNothing, directive.Location,
                    $"%ignore {directive.Target} matches no wrapped declaration; check the qualified name");
            }
        }
        foreach (var directive in _request.Renames)
        {
            if (!_usedDirectives.Contains(Key(directive.Location)))
            {
                _diagnostics.Warning(DiagnosticIds.DirectiveMatchesNothing, directive.Location,
                    $"%rename({directive.NewName}) {directive.Target} matches no wrapped declaration; check the qualified name");
            }
        }
    }

    private static string Key(SourceLocation location) => location.ToString();

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

    /// <summary>Get/Set pairs of one C# type become properties, unless the name is taken in the proxy or its bases.</summary>
    private static List<PropertyBinding> BuildProperties(CppClass cpp, string csName, List<MethodBinding> methods, ClassBinding? baseClass)
    {
        var taken = new HashSet<string>(methods.Select(m => m.CsName), StringComparer.Ordinal) { csName };
        taken.UnionWith(cpp.Enums.Select(e => e.Name));
        for (var current = baseClass; current is not null; current = current.BaseClass)
        {
            taken.UnionWith(current.Methods.Select(m => m.CsName));
            taken.UnionWith(current.Properties.Select(p => p.Name));
        }
        var properties = new List<PropertyBinding>();
        foreach (var getter in methods)
        {
            if (getter.IsStatic || getter.Parameters.Count != 0 || getter.ReturnType.IsVoid
                || !getter.CsName.StartsWith("Get", StringComparison.Ordinal) || getter.CsName.Length <= 3)
            {
                continue;
            }
            var name = getter.CsName[3..];
            var setter = methods.FirstOrDefault(m => m.CsName == "Set" + name && !m.IsStatic && m.ReturnType.IsVoid
                && m.Parameters.Count == 1 && m.Parameters[0].Type.CsType == getter.ReturnType.CsType);
            if (setter is null || !char.IsUpper(name[0]) || !taken.Add(name))
            {
                continue;
            }
            properties.Add(new PropertyBinding(name, getter.ReturnType, getter, setter));
        }
        return properties;
    }
}
