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

        var proxies = imports.Classes.Values.Where(c => c.Kind != ProxyKind.Value).ToDictionary(c => c.CppName, c => c.CsReference, StringComparer.Ordinal);
        var values = imports.Classes.Values.Where(c => c.Kind == ProxyKind.Value).ToDictionary(c => c.CppName, c => c.CsReference, StringComparer.Ordinal);
        foreach (var selected in all)
        {
            (selected.Kind == ProxyKind.Value ? values : proxies)[selected.Cpp.FullName] = selected.CsName;
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
}
