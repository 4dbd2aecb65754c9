using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

/// <summary>
/// Decides what is wrapped and how: the classes of the wrapped headers and the %template instantiations,
/// their nearest wrapped bases, methods, properties, enums and thread policy. Everything that cannot be
/// represented is skipped with a warning naming the member and the reason.
/// </summary>
public sealed partial class ModuleBuilder
{
    private const string LightObject = "itk::LightObject";
    private const string ItkObject = "itk::Object";
    private const string ItkProcessObject = "itk::ProcessObject";

    private readonly BindingRequest _request;
    private readonly CppCompilation _compilation;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _wrappedHeaders;
    private readonly Dictionary<string, string> _proxyNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _valueClasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumBinding> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClassBinding> _built = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedDirectives = [];
    private readonly SkipReporter _skips = new();
    private readonly HashSet<string> _importedClasses = new(StringComparer.Ordinal);
    private readonly List<string> _importedModules = [];
    private TypeMapper _types = null!;
    private ApplyRules _applies = ApplyRules.None;

    /// <summary>The C# class of the module's <c>LibraryImport</c>s.</summary>
    private string NativeClass => $"{_request.ModuleName}Native";

    public ModuleBuilder(BindingRequest request, CppCompilation compilation, DiagnosticBag diagnostics)
    {
        _request = request;
        _compilation = compilation;
        _diagnostics = diagnostics;
        _wrappedHeaders = new HashSet<string>(request.WrappedHeaders.Select(Path.GetFullPath), StringComparer.Ordinal);
    }

    public ModuleBinding Build()
    {
        foreach (var import in _request.Imports)
        {
            Import(import);
        }
        var classes = SelectClasses();
        var usedEnums = UsedEnums(classes);
        foreach (var selected in classes.Where(c => !_valueClasses.ContainsKey(c.Class.FullName)))
        {
            _proxyNames[selected.Class.FullName] = selected.Name;
        }
        var moduleEnums = CollectEnums(classes, usedEnums);
        _applies = new ApplyRules(_request.Applies);
        _types = new TypeMapper(_proxyNames, _valueClasses, _enums, NativeClass, _applies);

        // Bases first, so each proxy can see what its wrapped base already declares.
        var ordered = classes.OrderBy(c => Depth(c.Class)).ThenBy(c => c.Order).ToList();
        foreach (var entry in ordered)
        {
            _built[entry.Class.FullName] = BuildClass(entry.Class, entry.Name);
        }
        var functions = BuildFunctions();
        ReportUnusedDirectives();
        ReportUnusedRules();
        _skips.Report(_diagnostics);

        var built = ordered.Select(c => _built[c.Class.FullName]).Concat(EnumHolderClasses()).ToList();
        return new ModuleBinding
        {
            Name = _request.ModuleName,
            Namespace = _request.Namespace,
            NativeLibrary = _request.NativeLibrary,
            Threads = _request.Threads,
            Target = _request.Target,
            Startup = StartupBinding.For(_request.Target, _request.ModuleName),
            ShimFileName = _request.ShimFileName,
            VerbatimBlocks = _request.VerbatimBlocks.Select(b => b.Text.Trim('\n')).ToList(),
            ShimIncludes = _request.ShimIncludes,
            Classes = built,
            ShimUnits = SharedInstantiations.Declare(ShimUnits.Split(built, _request.ShimFileName, _request.MaximumShimUnits), _compilation.FindClass),
            Enums = moduleEnums,
            Functions = functions,
            SkippedFunctions = _skips.Functions,
            Imports = _importedModules,
        };
    }

    /// <summary>
    /// Binds an imported module as its own run would, and takes its classes and enums as wrapped here under their
    /// qualified C# names; its diagnostics are its own run's. Modules it imports come along.
    /// </summary>
    private void Import(BindingRequest import)
    {
        foreach (var further in import.Imports)
        {
            Import(further);
        }
        if (_importedModules.Contains(import.ModuleName))
        {
            return;
        }
        _importedModules.Add(import.ModuleName);
        var module = new ModuleBuilder(import, _compilation, new DiagnosticBag()).Build();
        var prefix = $"global::{module.Namespace}.";
        foreach (var binding in module.Classes)
        {
            var reference = prefix + binding.CsName;
            _built[binding.CppName] = binding with { CsReference = reference };
            if (binding.IsValueClass)
            {
                _valueClasses[binding.CppName] = reference;
            }
            else
            {
                _proxyNames[binding.CppName] = reference;
            }
            _importedClasses.Add(binding.CppName);
            foreach (var e in binding.Enums)
            {
                _enums[e.CppName] = e with { CsName = $"{reference}.{e.CsName}" };
            }
        }
        foreach (var e in module.Enums)
        {
            _enums[e.CppName] = e with { CsName = prefix + e.CsName };
        }
    }

    private sealed record SelectedClass(CppClass Class, string Name, int Order);

    /// <summary>Plain classes declared in the wrapped headers, then the %template instantiations, in input order.</summary>
    private List<SelectedClass> SelectClasses()
    {
        var selected = new List<SelectedClass>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var cpp in _compilation.AllClasses())
        {
            if (cpp.IsTemplate || !cpp.IsDefinition || cpp.IsFromSystemHeader || !IsInWrappedHeader(cpp.Location)
                || IsNested(cpp) || IsIgnored(cpp.FullName) || _importedClasses.Contains(cpp.FullName) || IsException(cpp))
            {
                continue;
            }
            if (!IsWrappable(cpp))
            {
                continue;
            }
            var name = Rename(cpp.FullName) ?? cpp.Name;
            if (TryClaim(names, name, cpp.Location))
            {
                selected.Add(new SelectedClass(cpp, name, selected.Count));
            }
        }
        foreach (var directive in _request.Templates)
        {
            if (!_compilation.Instantiations.TryGetValue(directive.CppType, out var cpp))
            {
                _diagnostics.Error(DiagnosticIds.TemplateInstantiationMissing, directive.Location,
                    $"%template({directive.Name}) names '{directive.CppType}', which was not instantiated; check the spelling and that its header is %include'd");
                continue;
            }
            if (_importedClasses.Contains(cpp.FullName))
            {
                _diagnostics.Warning(DiagnosticIds.TemplateWrappedByImport, directive.Location,
                    $"%template({directive.Name}) names '{directive.CppType}', which an imported module already wraps; its proxy is used, remove the directive");
                continue;
            }
            var isValueClass = IsValueClass(cpp);
            if ((isValueClass || IsWrappable(cpp)) && TryClaim(names, directive.Name, directive.Location))
            {
                selected.Add(new SelectedClass(cpp, directive.Name, selected.Count));
                if (isValueClass)
                {
                    _valueClasses[cpp.FullName] = directive.Name;
                }
            }
        }
        return selected;
    }

    private bool TryClaim(Dictionary<string, SourceLocation> names, string name, SourceLocation location)
    {
        if (names.TryGetValue(name, out var first))
        {
            _diagnostics.Error(DiagnosticIds.DuplicateCsName, location,
                $"C# name '{name}' is already used by the class declared at {first}; give one of them another name with %rename or %template");
            return false;
        }
        names.Add(name, location);
        return true;
    }

    /// <summary>ITK's exceptions reach C# as the runtime's typed exceptions; they get no proxy.</summary>
    private static bool IsException(CppClass cpp) => DerivesFrom(cpp, "itk::ExceptionObject") || DerivesFrom(cpp, "std::exception");

    /// <summary>
    /// A class a %template names that is not reference counted but can be created, copied and deleted (a structuring
    /// element, a kernel): its proxy owns a heap copy.
    /// </summary>
    private static bool IsValueClass(CppClass cpp) =>
        !DerivesFrom(cpp, LightObject) && !cpp.IsAbstract && cpp.HasPublicDestructor
        && (cpp.Functions.Any(f => !f.IsStatic && !f.IsDeleted) || cpp.Fields.Any(f => !f.IsStatic));

    /// <summary>Reference-counted classes become proxies; other classes only when all they offer is static.</summary>
    private bool IsWrappable(CppClass cpp)
    {
        if (DerivesFrom(cpp, LightObject))
        {
            return true;
        }
        var instanceMembers = cpp.Functions.Any(f => !f.IsStatic && !f.IsDeleted && !f.IsOperator);
        if (!instanceMembers && (cpp.Functions.Any(f => f.IsStatic) || HoldsOnlyEnums(cpp)))
        {
            return true;
        }
        _diagnostics.Warning(DiagnosticIds.ClassNotWrapped, cpp.Location,
            $"class '{cpp.FullName}' is not wrapped: it is not reference counted (not derived from itk::LightObject) and has instance members; %ignore it to silence this");
        return false;
    }

    private ClassBinding BuildClass(CppClass cpp, string csName)
    {
        var baseClass = NearestWrappedBase(cpp);
        var prefix = $"{_request.ModuleName}_{csName}";
        var isCounted = DerivesFrom(cpp, LightObject);
        var isValue = _valueClasses.ContainsKey(cpp.FullName);
        var inherited = InheritedSignatures(baseClass);
        var methods = BuildMethods(cpp, baseClass is null ? null : Find(baseClass.CppName), csName, prefix, inherited, isValue, out var factory);
        var properties = BuildProperties(cpp, csName, methods, baseClass);
        var image = ImageOf(cpp);
        var declaresEvents = DerivesFrom(cpp, ItkObject) && (baseClass is null || !DerivesFrom(Find(baseClass.CppName), ItkObject));
        if (image is not null)
        {
            methods.AddRange(ImageMembers(cpp, csName, prefix, image));
        }
        if (declaresEvents)
        {
            methods.AddRange(EventMembers(cpp, prefix));
        }
        var director = DirectorOf(cpp, csName, prefix, methods);
        var asyncUpdate = AsyncUpdateOf(cpp, csName, baseClass, prefix, methods);
        methods = methods.Select(m => m with { HostCsName = csName }).ToList();
        return new ClassBinding
        {
            CppName = cpp.FullName,
            CsName = csName,
            NativePrefix = prefix,
            BaseClass = baseClass,
            IsReferenceCounted = isCounted,
            IsValueClass = isValue,
            Release = isValue ? ReleaseMember(cpp, csName, prefix) with { HostCsName = csName } : null,
            DeclaresEvents = declaresEvents,
            Image = image,
            AsyncUpdate = asyncUpdate,
            Director = director,
            // A director's constructor makes the director object instead.
            Factory = factory is null || director is not null ? null : factory with { HostCsName = csName },
            Methods = methods,
            Properties = properties,
            Enums = cpp.Enums.Where(e => _enums.ContainsKey(e.FullName)).Select(e => _enums[e.FullName] with { CsName = e.Name }).ToList(),
            Documentation = Documentation.Of(cpp.Comment),
            Skipped = _skips.Of(csName),
        };
    }

    private ClassBinding? NearestWrappedBase(CppClass cpp)
    {
        foreach (var baseType in cpp.BaseTypes)
        {
            if (baseType.Class is not { } baseClass || baseType.Access != Parsing.CppAccess.Public)
            {
                continue;
            }
            if (_built.TryGetValue(baseClass.FullName, out var wrapped))
            {
                return wrapped;
            }
            if (NearestWrappedBase(baseClass) is { } further)
            {
                return further;
            }
        }
        return null;
    }

    private static ImageBinding? ImageOf(CppClass cpp)
    {
        if (cpp.TemplateName != "itk::Image" || cpp.TemplateArguments.Count != 2
            || cpp.TemplateArguments[0].Type?.StripTypedefs() is not { } pixel
            || !int.TryParse(cpp.TemplateArguments[1].Value, out var dimension))
        {
            return null;
        }
        if (pixel is CppPrimitiveType scalar && TypeMapper.PrimitiveCsType(scalar.PrimitiveKind) is { } scalarCs)
        {
            return new ImageBinding(scalarCs, pixel.CanonicalSpelling, dimension);
        }
        // Pixels of several values of one arithmetic type, laid out contiguously.
        if (pixel is CppNamedType { TemplateArguments: [{ Type: var component }, ..] arguments } named
            && component?.StripTypedefs() is CppPrimitiveType element && TypeMapper.PrimitiveCsType(element.PrimitiveKind) is { } elementCs)
        {
            var components = named.FullName switch
            {
                "itk::Vector" or "itk::CovariantVector" or "itk::FixedArray" when arguments.Count == 2 && int.TryParse(arguments[1].Value, out var n) => n,
                "itk::RGBPixel" => 3,
                "itk::RGBAPixel" => 4,
                _ => 0,
            };
            return components > 0 ? new ImageBinding(elementCs, pixel.CanonicalSpelling, dimension, components) : null;
        }
        return null;
    }

    private CppClass Find(string fullName) =>
        _compilation.FindClass(fullName) ?? throw new InvalidOperationException($"class {fullName} vanished from the model");

    private static bool DerivesFrom(CppClass cpp, string fullName) =>
        cpp.FullName == fullName || cpp.BaseTypes.Any(b => b.Class is { } c && DerivesFrom(c, fullName));

    private static int Depth(CppClass cpp) =>
        cpp.BaseTypes.Select(b => b.Class is { } c ? Depth(c) + 1 : 0).DefaultIfEmpty(0).Max();

    private bool IsInWrappedHeader(SourceLocation location) =>
        location.IsKnown && _wrappedHeaders.Contains(Path.GetFullPath(location.File));

    private HashSet<CppClass>? _nestedClasses;

    private bool IsNested(CppClass cpp) =>
        (_nestedClasses ??= _compilation.AllClasses().SelectMany(outer => outer.Classes).ToHashSet()).Contains(cpp);
}
