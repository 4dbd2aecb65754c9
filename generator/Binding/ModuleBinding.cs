namespace ItkBindGen.Binding;

/// <summary>Everything one generation emits: the emit stage's only input.</summary>
public sealed record ModuleBinding
{
    public required string Name { get; init; }

    /// <summary>The C# namespace of the proxies.</summary>
    public required string Namespace { get; init; }

    /// <summary>The native library name given to <c>LibraryImport</c> (<c>lib{name}.so</c>).</summary>
    public required string NativeLibrary { get; init; }

    /// <summary>Whether <c>-threads</c> was given (the default policy; directives override it per call).</summary>
    public bool Threads { get; init; }

    /// <summary>Which native library the shim's CMake fragment links: the shared native core or a system ITK.</summary>
    public required string Target { get; init; }

    /// <summary>How the shim's CMake fragment finds and links <see cref="Target"/>.</summary>
    public required NativeLinkBinding Link { get; init; }

    /// <summary>The one-time native start-up before the module's first call, when its target needs one.</summary>
    public StartupBinding? Startup { get; init; }

    /// <summary>The <c>%{ %}</c> blocks, copied into the shim in order.</summary>
    public required IReadOnlyList<string> VerbatimBlocks { get; init; }

    /// <summary>Headers given on the command line, as the shim header includes them.</summary>
    public IReadOnlyList<string> ShimIncludes { get; init; } = [];

    public required IReadOnlyList<ClassBinding> Classes { get; init; }

    /// <summary>Whether a class is a <c>std::vector</c> collection, whose calls need the vector support header.</summary>
    public bool UsesVectors => Classes.Any(c => c.Vector is not null);

    /// <summary>The modules this one imports (directly or through another): their proxies are used, not generated.</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    public required IReadOnlyList<EnumBinding> Enums { get; init; }

    /// <summary>The C# class holding free functions, named after the module.</summary>
    public required IReadOnlyList<MethodBinding> Functions { get; init; }

    /// <summary>The <c>%constant</c>s: static readonly fields of the module's class, read through private calls in <see cref="Functions"/>.</summary>
    public IReadOnlyList<ConstantBinding> Constants { get; init; } = [];

    /// <summary>The global variables: static properties of the module's class, read and written through private calls in <see cref="Functions"/>.</summary>
    public IReadOnlyList<PropertyBinding> Properties { get; init; } = [];

    /// <summary>Free functions, global variables and <c>%constant</c>s of the wrapped headers that are not wrapped, with the reasons.</summary>
    public IReadOnlyList<SkippedMember> SkippedFunctions { get; init; } = [];

    /// <summary>File name of the shim's module-wide source (release functions, observers, free functions).</summary>
    public required string ShimFileName { get; init; }

    /// <summary>The header every shim source includes: the interface file's <c>%{ %}</c> blocks and the support header.</summary>
    public string ShimHeaderName => Path.ChangeExtension(ShimFileName, ".h");

    /// <summary>The translation units holding the classes' entry points, so a build runs them on all cores.</summary>
    public required IReadOnlyList<ShimUnitBinding> ShimUnits { get; init; }

    /// <summary>The class template instantiations the module's own source compiles once for the units that share them.</summary>
    public IEnumerable<string> SharedInstantiations =>
        ShimUnits.SelectMany(u => u.ExternInstantiations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>The <c>--shared-instantiations</c> list's instantiations, which the shim header declares <c>extern template</c>.</summary>
    public IReadOnlyList<ListedInstantiation> ListedInstantiations { get; init; } = [];

    /// <summary>The sources that compile <see cref="ListedInstantiations"/>, each instantiation once.</summary>
    public IReadOnlyList<InstanceUnitBinding> InstanceUnits { get; init; } = [];

    /// <summary>
    /// Every shim source: the instance units, then the module's own, then the units. Ninja 1.11 starts the sources it
    /// may build in this order (later versions break ties with it), so the largest known ones (the instance units, each
    /// a share of the list, and the module's own with its bases) go first rather than last, where one of them would
    /// run alone; the units' sizes are not known before they compile.
    /// </summary>
    public IEnumerable<string> ShimSources =>
        InstanceUnits.Select(u => u.FileName).Append(ShimFileName).Concat(ShimUnits.Select(u => u.FileName));

    /// <summary>
    /// Whether the shim is compiled as one translation unit: it was asked for (<c>--one-translation-unit</c>), or the
    /// interface files' own code, which the header every source includes carries, holds C++ beyond <c>#include</c>s and
    /// macros, and a function or variable it defines would otherwise be defined once a source and fail the link.
    /// </summary>
    public bool OneTranslationUnit { get; init; }

    /// <summary>The sources the build compiles: every shim source, or the module's own alone, which then includes the others.</summary>
    public IEnumerable<string> CompiledSources => OneTranslationUnit ? [ShimFileName] : ShimSources;

    /// <summary>
    /// The sources the module's own source includes, at its end, when the shim is one translation unit: the units, whose
    /// extern template declarations must come before any explicit instantiation of the same class, then the instance units.
    /// </summary>
    public IEnumerable<string> IncludedSources => OneTranslationUnit ? ShimUnits.Select(u => u.FileName).Concat(InstanceUnits.Select(u => u.FileName)) : [];

    public string NativeClassName => $"{Name}Native";
}
