using ItkBindGen.Binding;
using ItkBindGen.Binding.Directives;
using ItkBindGen.Interface;

namespace ItkBindGen.Cli;

/// <summary>The one place a module's binding request is made from its interface files: the generated module's and each imported one's.</summary>
internal static class BindingRequests
{
    /// <summary>The request of a module named <paramref name="moduleName"/>, with its names as the settings give them.</summary>
    /// <param name="settings">The run's settings: thread flag, target, names, shim units.</param>
    /// <param name="moduleName">The module.</param>
    /// <param name="isImport">An imported module takes its namespace from <c>--module-namespace</c> and its default names.</param>
    /// <param name="interfaces">The module's interface files, directives merged in order.</param>
    /// <param name="wrapped">The headers whose declarations are wrapped (full paths).</param>
    /// <param name="shimIncludes">Headers given on the command line, as the shim includes them.</param>
    /// <param name="imports">The modules it imports.</param>
    public static BindingRequest For(GenerateSettings settings, string moduleName, bool isImport, IReadOnlyList<InterfaceFile> interfaces,
        IReadOnlyList<string> wrapped, IReadOnlyList<string> shimIncludes, IReadOnlyList<BindingRequest> imports) => new()
    {
        ModuleName = moduleName,
        Namespace = isImport ? settings.ResolveImportedNamespace(moduleName) : settings.ResolveNamespace(moduleName),
        NativeLibrary = isImport ? moduleName : settings.ResolveNativeLibrary(moduleName),
        Threads = settings.Threads || (!isImport && interfaces.Any(i => i.ModuleOptions.Threads)),
        Target = settings.Target,
        ShimFileName = isImport ? GenerateSettings.DefaultShimFileName(moduleName) : Path.GetFileName(settings.ResolveShimPath(moduleName)),
        MaximumShimUnits = settings.MaximumShimUnits,
        WrappedHeaders = wrapped,
        VerbatimBlocks = InterfaceSources.ShimBlocks(interfaces),
        OneTranslationUnit = settings.OneTranslationUnit || VerbatimCode.DefinesCode(interfaces),
        ShimIncludes = shimIncludes,
        Templates = interfaces.SelectMany(i => i.Templates).Where(t => !PendingDirectives.IsStandardContainer(t)).ToList(),
        NameRules = interfaces.SelectMany(i => i.NameRules).ToList(),
        ThreadDirectives = interfaces.SelectMany(i => i.ThreadDirectives).ToList(),
        Applies = interfaces.SelectMany(i => i.Applies).ToList(),
        Features = interfaces.SelectMany(i => i.Features).ToList(),
        NewObjects = interfaces.SelectMany(i => i.NewObjects).Where(d => d.Target.IsMatchable).ToList(),
        Immutables = interfaces.SelectMany(i => i.Immutables).Where(d => d.Target is null || d.Target.IsMatchable).ToList(),
        ClassFeatures = interfaces.SelectMany(i => i.ClassFeatures).Where(d => d.Target is null || d.Target.IsMatchable).ToList(),
        Constants = interfaces.SelectMany(i => i.Constants).ToList(),
        ReadingOrder = new ReadingOrder(interfaces.Select(i => i.Path),
            interfaces.SelectMany(i => i.Includes).Where(i => i.ResolvedPath is not null).Select(i => (i.ResolvedPath!, i.Location))),
        Imports = imports,
    };
}
