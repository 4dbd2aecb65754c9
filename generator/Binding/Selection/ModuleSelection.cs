using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>
/// The selection pass: what a module wraps and under which names — imported modules' classes and enums, the classes
/// to bind, the enums — decided once, before anything is bound.
/// </summary>
public static class ModuleSelection
{
    public static BindingScope Select(BindingRequest request, CppCompilation compilation, DiagnosticBag diagnostics)
    {
        var directives = new DirectiveIndex(request);
        var headers = new WrappedHeaders(request.WrappedHeaders);
        var imports = ImportSelection.Select(request, compilation);
        var importedNames = imports.Classes.Keys.ToHashSet(StringComparer.Ordinal);

        var classes = new ClassSelection(request, compilation, directives, headers, importedNames, diagnostics).Select();
        var enums = new EnumSelection(compilation, directives, headers, importedNames, imports.Enums, diagnostics).Select(classes);
        var all = classes.Concat(enums.Owners).ToList();

        // Static classes are never objects, so no member takes or returns one.
        var proxies = imports.Classes.Values.Where(c => c.Kind == ProxyKind.ReferenceCounted).ToDictionary(c => c.CppName, c => c.CsReference, StringComparer.Ordinal);
        var valueNames = imports.Classes.Values.Where(c => c.Kind == ProxyKind.Value).ToDictionary(c => c.CppName, c => c.CsReference, StringComparer.Ordinal);
        foreach (var selected in all.Where(c => c.Kind != ProxyKind.StaticOnly))
        {
            (selected.Kind == ProxyKind.Value ? valueNames : proxies)[selected.Cpp.FullName] = selected.CsName;
        }
        string Spelling(string cppName) => compilation.FindClass(cppName)?.CppSpelling ?? cppName;
        var valueSet = valueNames.Keys.ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, ValueProxy>(StringComparer.Ordinal);
        foreach (var (cppName, csName) in valueNames)
        {
            var root = RootOf(cppName, valueSet, compilation);
            values[cppName] = new ValueProxy(csName, root, Spelling(cppName), Spelling(root));
        }
        return new BindingScope
        {
            Request = request,
            Compilation = compilation,
            Directives = directives,
            Headers = headers,
            Classes = all,
            Imported = imports.Classes,
            ImportedModules = imports.Modules,
            Proxies = proxies,
            ValueClasses = values,
            Enums = enums.Enums,
            ModuleEnums = enums.ModuleEnums,
            EnumHolders = enums.Holders,
            Templates = new TemplateSpellings(compilation),
            Marshallers = new MarshallerResolver(proxies, values, enums.Enums, $"{request.ModuleName}Native", directives),
        };
    }

    /// <summary>The topmost wrapped class of a value class's public bases, itself when it has none.</summary>
    private static string RootOf(string cppName, IReadOnlySet<string> values, CppCompilation compilation)
    {
        var root = cppName;
        if (compilation.FindClass(cppName) is { } cpp && !ClassAncestry.Of(cpp).HasPlainBases)
        {
            return root;
        }
        for (var current = compilation.FindClass(cppName); current is not null;)
        {
            var wrappedBase = current.BaseTypes.Where(b => b.Access == CppAccess.Public && b.Class is not null)
                .Select(b => FirstWrapped(b.Class!, values)).FirstOrDefault(c => c is not null);
            if (wrappedBase is null)
            {
                break;
            }
            root = wrappedBase.FullName;
            current = wrappedBase;
        }
        return root;
    }

    // The class itself or its nearest wrapped public base.
    private static CppClass? FirstWrapped(CppClass cpp, IReadOnlySet<string> values) =>
        values.Contains(cpp.FullName) ? cpp
        : cpp.BaseTypes.Where(b => b.Access == CppAccess.Public && b.Class is not null).Select(b => FirstWrapped(b.Class!, values)).FirstOrDefault(c => c is not null);
}
