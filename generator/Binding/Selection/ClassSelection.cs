using ItkBindGen.Binding.Directives;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>
/// Chooses the classes a module wraps: the classes declared in the wrapped headers, then the %template instantiations,
/// in input order, each with its C# name and proxy kind. A class that cannot be wrapped is said, not dropped.
/// </summary>
internal sealed class ClassSelection(
    BindingRequest request, CppCompilation compilation, DirectiveIndex directives, WrappedHeaders headers,
    IReadOnlySet<string> imported, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, SourceLocation> _names = new(StringComparer.Ordinal);

    public List<SelectedClass> Select()
    {
        var selected = new List<SelectedClass>();
        var nested = compilation.AllClasses().SelectMany(outer => outer.Classes).ToHashSet();
        foreach (var cpp in compilation.AllClasses())
        {
            if (cpp.IsTemplate || !cpp.IsDefinition || cpp.IsFromSystemHeader || !headers.Contains(cpp.Location)
                || nested.Contains(cpp) || directives.IsIgnored(Declaration.InNamespace(cpp.FullName, DeclarationKind.Class)) || imported.Contains(cpp.FullName) || ClassFacts.IsException(cpp))
            {
                continue;
            }
            if (KindOf(cpp) is not { } kind)
            {
                continue;
            }
            var name = directives.RenameOf(Declaration.InNamespace(cpp.FullName, DeclarationKind.Class)) ?? Interface.CSharpNames.Identifier(cpp.Name);
            if (TryClaim(name, cpp.Location))
            {
                selected.Add(new SelectedClass(cpp, name, kind, selected.Count, cpp.Location));
            }
        }
        foreach (var directive in request.Templates)
        {
            if (!compilation.Instantiations.TryGetValue(directive.CppType, out var cpp))
            {
                diagnostics.Error(DiagnosticIds.TemplateInstantiationMissing, directive.Location,
                    $"%template({directive.Name}) names '{directive.CppType}', which was not instantiated; check the spelling and that its header is %include'd");
                continue;
            }
            // Two spellings of one type (typedefs of one type, as SWIG's template_duplicate.i has): SWIG keeps the first
            // proxy and ignores the later %template, with a warning; so does this tool (IBG2012, as for one spelling twice).
            if (selected.FirstOrDefault(s => s.Cpp == cpp) is { } twin)
            {
                diagnostics.Warning(DiagnosticIds.DuplicateTemplateType, directive.Location,
                    $"'{directive.CppType}' is '{cpp.FullName}', which {(twin.Location == cpp.Location ? $"the header wraps as '{twin.CsName}'" : $"%template({twin.CsName}) at {twin.Location} already instantiates")}; '%template({directive.Name})' is ignored");
                continue;
            }
            if (imported.Contains(cpp.FullName))
            {
                diagnostics.Warning(DiagnosticIds.TemplateWrappedByImport, directive.Location,
                    $"%template({directive.Name}) names '{directive.CppType}', which an imported module already wraps; its proxy is used, remove the directive");
                continue;
            }
            var kind = KindOf(cpp);
            if (kind is not null && TryClaim(directive.Name, directive.Location))
            {
                selected.Add(new SelectedClass(cpp, directive.Name, kind.Value, selected.Count, directive.Location));
            }
        }
        return selected;
    }

    private bool TryClaim(string name, SourceLocation location)
    {
        if (_names.TryGetValue(name, out var first))
        {
            diagnostics.Error(DiagnosticIds.DuplicateCsName, location,
                $"C# name '{name}' is already used by the class declared at {first}; give one of them another name with %rename or %template");
            return false;
        }
        _names.Add(name, location);
        return true;
    }

    /// <summary>
    /// Reference-counted classes become proxies holding a reference; a class of static members (or only enums) a static
    /// class; any other class a proxy that owns its object (or borrows one C++ owns), which needs a public destructor.
    /// </summary>
    private ProxyKind? KindOf(CppClass cpp)
    {
        if (ClassFacts.DerivesFrom(cpp, ClassFacts.LightObject))
        {
            return ProxyKind.ReferenceCounted;
        }
        if (ClassFacts.IsStaticOnly(cpp))
        {
            return ProxyKind.StaticOnly;
        }
        if (cpp.HasPublicDestructor)
        {
            return ProxyKind.Value;
        }
        diagnostics.Warning(DiagnosticIds.ClassNotWrapped, cpp.Location,
            $"class '{cpp.FullName}' is not wrapped: its destructor is not public, so no proxy could own an object of it; %ignore it to silence this");
        return null;
    }
}
