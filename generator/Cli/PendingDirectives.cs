using ItkBindGen.Binding;
using ItkBindGen.Binding.Directives;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Cli;

/// <summary>
/// Directives the interface parser reads into the model but the binder does not apply yet: each is reported at its
/// line (IBG2018), never dropped without a word. What the binder applies (%rename/%ignore, %thread, %apply arrays and
/// references, %feature("director"), %template, %newobject, %immutable, %nodefaultctor, %nodefaultdtor, %copyctor,
/// %constant, %extend) is not listed here; a %rename filter it cannot test is refused.
/// </summary>
internal static class PendingDirectives
{
    private const string NotYet = "is read but not applied yet";

    /// <summary>
    /// SWIG's containers other than std::vector (a collection class), std::pair and std::map (classes as any other,
    /// with the members their library files add): their %template gives no class yet.
    /// </summary>
    public static bool IsStandardContainer(TemplateDirective template) => StandardClasses.IsNotWrapped(template.CppType);

    public static void Report(InterfaceFile file, DiagnosticBag diagnostics)
    {
        void Warn(SourceLocation location, string message) => diagnostics.Warning(DiagnosticIds.DirectiveNotApplied, location, message);

        var options = file.ModuleOptions;
        if (options.ProtectedMembers)
        {
            Warn(options.Location, $"%module option allprotected/dirprot {NotYet}: directors expose the protected virtual members only");
        }
        if (options.NaturalVariables)
        {
            Warn(options.Location, $"%module option naturalvar {NotYet}");
        }
        if (options.CSharpBegin is not null)
        {
            Warn(options.Location, $"%module option csbegin {NotYet}: the generated C# files do not start with its text");
        }
        if (options.IntermediaryClassName is not null)
        {
            Warn(options.Location, "%module option imclassname has no effect: the generated C# has no intermediary class (each proxy holds its own LibraryImports)");
        }
        foreach (var template in file.Templates.Where(IsStandardContainer))
        {
            Warn(template.Location, $"{template} {NotYet}: a standard container's class is not generated (std::vector's, std::pair's and std::map's are); as a parameter or result, a std::string crosses as a C# string");
        }
        foreach (var template in file.BaseTemplates)
        {
            Warn(template.Location, $"{template} {NotYet}: an instantiation without a proxy of its own is not made; give it a name to wrap it");
        }
        foreach (var rule in file.RenameRules)
        {
            if (RenameFilters.Refusal(rule) is { } refusal)
            {
                diagnostics.Error(DiagnosticIds.UnsupportedDirective, rule.Location, refusal);
            }
            else if (RenameFilters.NotApplied(rule) is { } reason)
            {
                Warn(rule.Location, $"{rule} {NotYet}: {reason}");
            }
        }
        foreach (var rule in file.FeatureRules)
        {
            Warn(rule.Location, $"{rule} {NotYet}");
        }
        foreach (var apply in file.TypeApplies)
        {
            Warn(apply.Location, $"{apply} {NotYet}: those parameters are marshalled by their own type");
        }
        foreach (var directive in file.NewObjects.Where(d => !d.Target.IsMatchable))
        {
            Warn(directive.Location, $"{directive} {NotYet}: '*::', quoted and template-argument targets are not matched; name the function (ns::Class::member, optionally with its parameter list)");
        }
        foreach (var directive in file.Immutables.Where(d => d.Target is { IsMatchable: false }))
        {
            Warn(directive.Location, $"{directive} {NotYet}: '*::', quoted and template-argument targets are not matched; name the variable (ns::Class::member)");
        }
        foreach (var directive in file.ClassFeatures.Where(d => d.Target is { IsMatchable: false }))
        {
            Warn(directive.Location, $"{directive} {NotYet}: '*::', quoted and template-argument targets are not matched; name the class (ns::Class)");
        }
        foreach (var directive in file.Exceptions.Where(e => e.Handler is not null))
        {
            Warn(directive.Location, $"%exception {NotYet}: its handler code is not run; every wrapped call already catches C++ exceptions and throws them in C# as .NET exceptions");
        }
        foreach (var filter in file.WarningFilters.Where(f => f.Target is not null && f.Mapped.Count > 0))
        {
            Warn(filter.Location, $"{filter} {NotYet} for one declaration: {string.Join(", ", filter.Mapped)} is still reported there; --nowarn silences it everywhere");
        }
        foreach (var pragma in file.Pragmas)
        {
            Warn(pragma.Location, $"%pragma(csharp) {pragma.Name} {NotYet}");
        }
        foreach (var typemap in file.Typemaps.Where(t => t.Code is not null))
        {
            Warn(typemap.Location, typemap.Use switch
            {
                TypemapUse.ProxyText => $"%typemap({typemap.Method}) {NotYet}: its text is not added to the proxy class",
                TypemapUse.CustomType => $"%typemap({typemap.Method}) {NotYet}: the type is marshalled as if the typemaps were not there",
                _ => $"%typemap({typemap.Method}) {NotYet}: every C++ exception already reaches C# as a .NET exception",
            });
        }
    }

    /// <summary>A <c>%warnfilter</c> without a target, or <c>#pragma SWIG nowarn</c>, silences the warnings of ours it names everywhere.</summary>
    public static IEnumerable<DiagnosticId> GlobalWarningFilters(InterfaceFile file) =>
        file.WarningFilters.Where(f => f.Target is null).SelectMany(f => f.Mapped);
}
