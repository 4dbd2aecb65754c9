using ItkBindGen.Interface;

namespace ItkBindGen.Binding;

/// <summary>What the binding stage needs besides the parsed C++: names, the thread policy and the directives.</summary>
public sealed record BindingRequest
{
    public required string ModuleName { get; init; }

    public required string Namespace { get; init; }

    public required string NativeLibrary { get; init; }

    public required bool Threads { get; init; }

    /// <summary>What the shim links: <see cref="NativeCoreTarget"/> or <see cref="ItkTarget"/>.</summary>
    public required string Target { get; init; }

    public const string NativeCoreTarget = "native-core";

    public const string ItkTarget = "itk";

    public required string ShimFileName { get; init; }

    /// <summary>At most this many shim translation units besides the module's own (one a class up to it).</summary>
    public int MaximumShimUnits { get; init; } = ShimUnits.DefaultMaximum;

    /// <summary>The <c>--shared-instantiations</c> list: instantiations compiled once for all shim units.</summary>
    public ListedInstantiations ListedInstantiations { get; init; } = ListedInstantiations.None;

    /// <summary>Headers whose declarations are wrapped (full paths).</summary>
    public required IReadOnlyList<string> WrappedHeaders { get; init; }

    public IReadOnlyList<VerbatimBlock> VerbatimBlocks { get; init; } = [];

    /// <summary>Whether the interface files' own code may define functions or variables, which must be compiled once: see <see cref="ModuleBinding.OneTranslationUnit"/>.</summary>
    public bool OneTranslationUnit { get; init; }

    /// <summary>Headers given on the command line, spelled as the shim includes them (they have no <c>%{ %}</c> block).</summary>
    public IReadOnlyList<string> ShimIncludes { get; init; } = [];

    /// <summary><c>%template</c> directives that name class template specializations.</summary>
    public IReadOnlyList<TemplateDirective> Templates { get; init; } = [];

    /// <summary><c>%template</c> directives that name member function templates (not in <see cref="Templates"/>), with their instantiations.</summary>
    public IReadOnlyList<MemberTemplateDirective> MemberTemplates { get; init; } = [];

    /// <summary>Every <c>%rename</c> and <c>%ignore</c>, in the order read (a later one wins a tie).</summary>
    public IReadOnlyList<RenameRule> NameRules { get; init; } = [];

    public IReadOnlyList<ThreadDirective> ThreadDirectives { get; init; } = [];

    /// <summary>What raw pointers and references mean (<c>%apply</c>), in the order they were read.</summary>
    public IReadOnlyList<ApplyDirective> Applies { get; init; } = [];

    /// <summary>Functions whose returned object the caller owns (<c>%newobject</c>).</summary>
    public IReadOnlyList<NewObjectDirective> NewObjects { get; init; } = [];

    /// <summary><c>%immutable</c>/<c>%mutable</c>, with a target or (for what follows) without, in the order they were read.</summary>
    public IReadOnlyList<ImmutableDirective> Immutables { get; init; } = [];

    /// <summary><c>%nodefaultctor</c>, <c>%nodefaultdtor</c>, <c>%copyctor</c> and their kin, in the order they were read.</summary>
    public IReadOnlyList<ClassFeatureDirective> ClassFeatures { get; init; } = [];

    /// <summary><c>%constant</c> directives, in the order they were read.</summary>
    public IReadOnlyList<ConstantDirective> Constants { get; init; } = [];

    /// <summary>Where each declaration stands in the order the interface files were read (for directives without a target).</summary>
    public Directives.ReadingOrder ReadingOrder { get; init; } = Directives.ReadingOrder.None;

    /// <summary><c>%feature</c> directives: <c>director</c> and <c>nodirector</c> are applied, any other is reported.</summary>
    public IReadOnlyList<FeatureDirective> Features { get; init; } = [];

    /// <summary>Modules this one <c>%import</c>s: their classes are used, not generated again.</summary>
    public IReadOnlyList<BindingRequest> Imports { get; init; } = [];
}
