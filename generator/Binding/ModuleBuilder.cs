using ItkBindGen.Binding.Classes;
using ItkBindGen.Binding.Constants;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

/// <summary>
/// Decides what is wrapped and how: first the selection pass (<see cref="ModuleSelection"/>: classes, names, enums,
/// imports and the directive index), then each class bound from that read-only scope, bases first so a proxy sees what
/// its wrapped base declares, then the free functions, the constants and the global variables, whose shim entry points
/// are claimed past the classes' (<see cref="EntryPoints"/>). Everything that cannot be represented is skipped with a warning
/// naming the member and the reason.
/// </summary>
public sealed class ModuleBuilder(BindingRequest request, CppCompilation compilation, DiagnosticBag diagnostics)
{
    public ModuleBinding Build()
    {
        var scope = ModuleSelection.Select(request, compilation, diagnostics);
        var built = new Dictionary<string, ClassBinding>(scope.Imported, StringComparer.Ordinal);
        var classes = new List<ClassBinding>();
        foreach (var selected in scope.Classes.OrderBy(c => ClassFacts.Depth(c.Cpp)).ThenBy(c => c.Order))
        {
            var baseBinding = IsCountedOrPlain(selected.Cpp) ? NearestWrappedBase(selected.Cpp, built) : null;
            var binding = new ClassBinder(scope, selected, baseBinding, diagnostics).Bind();
            built[binding.CppName] = binding;
            classes.Add(binding);
        }
        // The module's own calls claim their entry points after the classes took theirs.
        var startup = StartupBinding.For(request.Target, request.ModuleName);
        var entryPoints = EntryPoints.Taken(request.ModuleName, startup, classes, name => compilation.FindClass(name)?.Location ?? SourceLocation.None, diagnostics);
        var functionBinder = new FunctionBinder(scope);
        var functions = functionBinder.Bind(entryPoints);
        var taken = functions.Select(f => f.CsName).ToHashSet(StringComparer.Ordinal);
        var constantBinder = new ConstantBinder(scope);
        var (constants, constantGetters) = constantBinder.Bind(taken, entryPoints);
        functions.AddRange(constantGetters);
        var variableBinder = new GlobalVariableBinder(scope);
        var (variableAccessors, variables) = variableBinder.Bind(taken, entryPoints);
        functions.AddRange(variableAccessors);
        var skippedFunctions = functionBinder.Skipped.Concat(variableBinder.Skipped).Concat(constantBinder.Skipped).ToList();
        scope.Directives.ReportUnused(diagnostics);
        NeededClassReporter.Report(scope.Classes, classes, diagnostics);
        SkipReporter.Report(
            classes.SelectMany(c => c.Skipped.Select(s => ((string?)c.CsName, s))).Concat(skippedFunctions.Select(s => ((string?)null, s))),
            diagnostics);

        var all = classes.Concat(EnumHolderClasses(scope)).ToList();
        // A listed instantiation is compiled in an instance unit: the module's own source must not compile it again.
        var listed = request.ListedInstantiations.Entries.Select(e => ListedInstantiations.Key(e.Spelling)).ToHashSet(StringComparer.Ordinal);
        return new ModuleBinding
        {
            Name = request.ModuleName,
            Namespace = request.Namespace,
            NativeLibrary = request.NativeLibrary,
            Threads = request.Threads,
            Target = request.Target,
            Link = NativeLinkBinding.For(request.Target),
            Startup = startup,
            ShimFileName = request.ShimFileName,
            VerbatimBlocks = request.VerbatimBlocks.Select(b => b.Text.Trim('\n')).ToList(),
            OneTranslationUnit = request.OneTranslationUnit,
            ShimIncludes = request.ShimIncludes,
            Classes = all,
            ShimUnits = SharedInstantiations.Declare(ShimUnits.Split(all, request.ShimFileName, request.MaximumShimUnits), compilation.FindClass)
                .Select(u => u with { ExternInstantiations = u.ExternInstantiations.Where(t => !listed.Contains(ListedInstantiations.Key(t))).ToList() })
                .ToList(),
            ListedInstantiations = request.ListedInstantiations.Entries,
            InstanceUnits = InstanceUnits.Split(request.ListedInstantiations, request.ShimFileName, request.MaximumShimUnits),
            Enums = scope.ModuleEnums,
            Functions = functions,
            Constants = constants,
            Properties = variables,
            SkippedFunctions = skippedFunctions,
            Imports = scope.ImportedModules,
        };
    }

    // A value class with a virtual or twice-reached base has no C# base (ClassAncestry.HasPlainBases).
    private static bool IsCountedOrPlain(CppClass cpp) => ClassFacts.DerivesFrom(cpp, ClassFacts.LightObject) || ClassAncestry.Of(cpp).HasPlainBases;

    /// <summary>The binding of the nearest public base that is wrapped, here or by an imported module.</summary>
    private static ClassBinding? NearestWrappedBase(CppClass cpp, IReadOnlyDictionary<string, ClassBinding> built)
    {
        foreach (var baseType in cpp.BaseTypes)
        {
            if (baseType.Class is not { } baseClass || baseType.Access != CppAccess.Public)
            {
                continue;
            }
            // A static C# class cannot be a base: a class of static members only is skipped over.
            if (built.TryGetValue(baseClass.FullName, out var wrapped) && wrapped.Kind != ProxyKind.StaticOnly)
            {
                return wrapped;
            }
            if (NearestWrappedBase(baseClass, built) is { } further)
            {
                return further;
            }
        }
        return null;
    }

    /// <summary>A static C# class for each enum holder the parser has no class for: it holds the C# enums and no calls.</summary>
    private static IEnumerable<ClassBinding> EnumHolderClasses(BindingScope scope) => scope.EnumHolders.Select(holder => new ClassBinding
    {
        CppName = holder.Key,
        CsName = EnumSelection.HolderName(holder.Key),
        Kind = ProxyKind.StaticOnly,
        Methods = [],
        Properties = [],
        Enums = holder.Value.Where(e => scope.Enums.ContainsKey(e.FullName)).Select(e => scope.Enums[e.FullName] with { CsName = EnumSelection.CsName(e) }).ToList(),
    });
}
