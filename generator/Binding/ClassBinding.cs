namespace ItkBindGen.Binding;

/// <summary>A wrapped C++ class or template instantiation and its C# proxy.</summary>
public sealed record ClassBinding
{
    /// <summary>The canonical C++ type, e.g. <c>itk::MedianImageFilter&lt;itk::Image&lt;float, 2&gt;, itk::Image&lt;float, 2&gt;&gt;</c>.</summary>
    public required string CppName { get; init; }

    public required string CsName { get; init; }

    /// <summary>The alias the shim's units give the class (<see cref="Selection.SelectedClass.CppAlias"/>).</summary>
    public string CppAlias { get => _cppAlias ?? CsName; init => _cppAlias = value; }

    private readonly string? _cppAlias;

    /// <summary>The C++ type as the shim spells it: <see cref="CppName"/>, elaborated (<c>struct buffalo</c>) when its name is hidden.</summary>
    public string CppSpelling { get => _cppSpelling ?? CppName; init => _cppSpelling = value; }

    private readonly string? _cppSpelling;

    /// <summary>How C# code of this module names the proxy: its name, or <c>global::Ns.Name</c> for a class of an imported module.</summary>
    public string CsReference
    {
        get => _csReference ?? CsName;
        init => _csReference = value;
    }

    private readonly string? _csReference;

    /// <summary>The nearest wrapped base class, whose proxy this proxy derives from.</summary>
    public ClassBinding? BaseClass { get; init; }

    /// <summary>An object, a value (the proxy owns a heap copy) or a static class.</summary>
    public required ProxyKind Kind { get; init; }

    /// <summary>For a value class: the private static call that gives the address of the function deleting a copy.</summary>
    public MethodBinding? Release { get; init; }

    /// <summary>True on the topmost wrapped class deriving from itk::Object: it declares the events.</summary>
    public bool DeclaresEvents { get; init; }

    public ImageBinding? Image { get; init; }

    /// <summary>For a class the interface file names with <c>%feature("director")</c>: its C++ subclass and overridable members.</summary>
    public DirectorBinding? Director { get; init; }

    /// <summary>On the topmost wrapped process object: its <c>UpdateAsync</c> methods; they implement the runtime's <c>INativeUpdatable</c>.</summary>
    public AsyncUpdateBinding? AsyncUpdate { get; init; }

    /// <summary>The public C# constructors and the calls that make their native objects (none for an abstract or static class).</summary>
    public IReadOnlyList<ConstructorBinding> Constructors { get; init; } = [];

    /// <summary>The wrapped members, and after them the members the runtime needs (pixel buffer, observers).</summary>
    public required IReadOnlyList<MethodBinding> Methods { get; init; }

    /// <summary>Every entry point of the class: the factory, then the methods.</summary>
    public IEnumerable<MethodBinding> Calls =>
        (Release is null ? [] : new[] { Release }).Concat(Constructors.Select(c => c.Factory)).Concat(Methods)
            .Concat(AsyncUpdate is null ? [] : new[] { AsyncUpdate.RequestAbort, AsyncUpdate.ClearAbort })
            .Concat(Director is null ? [] : new[] { Director.New, Director.Connect });

    public required IReadOnlyList<PropertyBinding> Properties { get; init; }

    /// <summary>C# operators over the methods that wrap C++ operators.</summary>
    public IReadOnlyList<OperatorBinding> Operators { get; init; } = [];

    /// <summary>The C# indexer over <c>operator[]</c>, when the class has one C# can use.</summary>
    public IndexerBinding? Indexer { get; init; }

    /// <summary>For a <c>%template</c> of <c>std::vector</c>: the C# collection the proxy implements.</summary>
    public VectorBinding? Vector { get; init; }

    public IReadOnlyList<EnumBinding> Enums { get; init; } = [];

    public IReadOnlyList<string> Documentation { get; init; } = [];

    /// <summary>The members not wrapped, with the reasons; the <c>--report</c> file lists them.</summary>
    public IReadOnlyList<SkippedMember> Skipped { get; init; } = [];

    /// <summary>The static field holding the release function; a derived value class's hides its base's.</summary>
    public string CsReleaseField => $"internal static {(BaseClass?.Kind == ProxyKind.Value ? "new " : string.Empty)}readonly nint ReleaseFunction";

    public string BaseCsName => BaseClass?.CsReference ?? (Kind == ProxyKind.StaticOnly ? string.Empty : "NativeObject");

    /// <summary>The proxy's base class and the runtime interfaces it implements, as the declaration lists them.</summary>
    public string CsBaseList => AsyncUpdate is not null ? $"{BaseCsName}, INativeUpdatable"
        : Vector is not null ? $"{BaseCsName}, {Vector.CsInterfaces}" : BaseCsName;

    /// <summary>The proxy's class declaration: a static class of static members, or a class over its base and interfaces.</summary>
    public string CsDeclaration => Kind == ProxyKind.StaticOnly
        ? $"public static unsafe partial class {CsName}"
        : $"public unsafe partial class {CsName} : {CsBaseList}";

    /// <summary>Whether the proxy has the constructor that takes over a native object's handle (every object proxy has).</summary>
    public bool HandleConstructor => Kind != ProxyKind.StaticOnly;

    /// <summary>The private calls the proxy declares before its members: a value class's release function, then the factories.</summary>
    public IEnumerable<MethodBinding> LeadingMethods => (Release is null ? [] : new[] { Release }).Concat(Constructors.Select(c => c.Factory));
}
