using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// The wrapped members of one class: every public member function it has (its own and its bases' up to the nearest
/// wrapped base, whose proxy already declares theirs), one C# method per default-argument cut, and its factory.
/// </summary>
internal sealed class MethodBinder(BindingScope scope, SelectedClass selected, ClassBinding? baseBinding, CallFactory calls,
    SignatureMapper signatures, SkipList skips)
{
    // Ownership is the handle's job and observers are C# events: these members are never exposed.
    private static readonly HashSet<string> ManagedByRuntime = new(StringComparer.Ordinal)
    {
        "Register", "UnRegister", "Delete", "SetReferenceCount", "AddObserver", "RemoveObserver",
        "RemoveAllObservers", "InvokeEvent", "HasObserver", "GetCommand", "New", "CreateAnother", "Clone",
    };

    /// <summary>Whether the runtime manages <paramref name="function"/> of a reference-counted class.</summary>
    public static bool IsManagedByRuntime(CppFunction function) => ManagedByRuntime.Contains(function.Name);

    private CppClass Cpp => selected.Cpp;

    private string CsName => selected.CsName;

    private string Prefix => $"{scope.ModuleName}_{CsName}";

    /// <summary>What binding a class's member functions gives.</summary>
    /// <param name="Methods">The wrapped methods.</param>
    /// <param name="Factory">A reference-counted class's static <c>New()</c>, behind its C# constructor.</param>
    /// <param name="Operators">C# operators over methods that wrap C++ operators.</param>
    /// <param name="Indexer">The C# indexer over <c>operator[]</c>.</param>
    public sealed record Result(List<MethodBinding> Methods, MethodBinding? Factory, List<OperatorBinding> Operators, IndexerBinding? Indexer);

    public Result Bind()
    {
        MethodBinding? factory = null;
        var receiver = Receiver.Of(scope, selected);
        var indexers = new List<(CppFunction Function, CppClass Declaring)>();
        IReadOnlySet<string> providedByBase = baseBinding is null ? ClassAncestry.NoClasses : ClassAncestry.Of(scope.Find(baseBinding.CppName)).AncestorsAndSelf;
        foreach (var deleted in Cpp.Functions.Where(f => f.IsDeleted && !f.IsConstructor))
        {
            skips.Add(Cpp, deleted, "it is deleted in C++", DiagnosticIds.NotWrappedByDesign);
        }
        var ambiguous = ClassAncestry.Of(Cpp).Ambiguous;
        // std_map.i's %extend operator[] stands for a map's own, which a value type with no default constructor cannot
        // instantiate; a map without it (no std_map.i, or the user's own copy) keeps its own.
        var extendedIndexer = Cpp.Functions.Any(f => f.ExtensionHelper is not null && Operators.IsIndexer(f));
        foreach (var member in Cpp.GetAllPublicFunctions())
        {
            var function = member.Function;
            var declaring = member.DeclaringClass;
            if (function.IsConstructor || function.IsDestructor || providedByBase.Contains(declaring.FullName))
            {
                continue;
            }
            if (ambiguous.Contains(declaring.FullName))
            {
                skips.Add(declaring, function, ClassAncestry.AmbiguousMemberReason);
                continue;
            }
            if (IsFactory(function))
            {
                if (!Cpp.IsAbstract && factory is null)
                {
                    factory = calls.Member(function, declaring, "CreateNative", Prefix + "_New", _ => $"{selected.CppAlias}::New", FactoryMarshaller.ReferenceCounted(scope.NativeClass), []) with
                    {
                        Access = MemberAccess.Private,
                    };
                }
                continue;
            }
            if (function.Name == "swap" && function.ExtensionHelper is null && StandardClasses.IsStandard(declaring.FullName))
            {
                // C# swaps references itself; a pair of a const type could not even instantiate it.
                skips.Add(declaring, function, "a standard class's swap has no C# counterpart (C# swaps the references)", DiagnosticIds.NotWrappedByDesign);
                continue;
            }
            if (IsManagedByRuntime(function) && ClassFacts.DerivesFrom(Cpp, ClassFacts.LightObject))
            {
                skips.Add(declaring, function, "the proxy's handle keeps the reference count and C# events replace observers", DiagnosticIds.NotWrappedByDesign);
                continue;
            }
            var qualified = $"{ClassFacts.DirectiveName(declaring)}::{function.Name}";
            var declaration = Declaration.Member(declaring, function.Name, DeclarationKind.Function, function);
            if (scope.Directives.IsIgnored(declaration))
            {
                continue;
            }
            var renamed = scope.Directives.RenameOf(declaration);
            var asOperator = function.IsOperator && renamed is null ? Operators.Of(function) : null;
            if (function.IsOperator && renamed is null && asOperator is null)
            {
                if (Operators.IsIndexer(function) && function.ExtensionHelper is null && extendedIndexer && declaring == Cpp
                    && StandardClasses.IsMap(Cpp.FullName))
                {
                    skips.Add(declaring, function, "std_map.i's indexer stands for it (a value type with no default constructor could not instantiate it)", DiagnosticIds.NotWrappedByDesign);
                }
                else if (Operators.IsIndexer(function))
                {
                    indexers.Add((function, declaring));
                }
                else if (Operators.IsAssignment(function))
                {
                    skips.Add(declaring, function, "a C# variable holds a reference, so assignment has no counterpart; copy with the copy constructor", DiagnosticIds.NotWrappedByDesign);
                }
                else
                {
                    skips.Add(declaring, function, $"'{function.Name}' has no C# counterpart the generator maps; %rename it to give it a method name");
                }
                continue;
            }
            if (function.IsDeprecated)
            {
                // Calling it from the shim would warn (-Wdeprecated-declarations); SWIG users %ignore these too.
                skips.Add(declaring, function, "it is deprecated in C++");
                continue;
            }
            if (!signatures.TryMap(declaring, function, selected.CppAlias, out var returnType, out var parameters))
            {
                continue;
            }
            returnType = NewObjects.Apply(scope, qualified, function, returnType);
            var memberName = renamed ?? asOperator?.Method ?? Interface.CSharpNames.Identifier(function.Name);
            if (memberName == CsName)
            {
                skips.Add(declaring, function, $"a C# member cannot be named like its class '{CsName}'; %rename it");
                continue;
            }
            var through = Through(declaring, function.Name, receiver);
            // A member qualified && is called on the object as an rvalue, as SWIG does with std::move(*self).
            // An %extend member is its helper, called with the object first unless it is static.
            Func<string, string> callee = function.ExtensionHelper is { } helper ? _ => helper
                : function.IsStatic ? _ => $"{selected.CppAlias}::{function.Name}"
                : function.IsRValueQualified ? s => $"static_cast<{declaring.FullName} &&>(*{through(s)}).{function.Name}"
                : s => $"{through(s)}->{function.Name}";
            AddVariants(function, declaring, memberName, callee, returnType, parameters, asOperator,
                function.ExtensionHelper is null || function.IsStatic ? null : through);
        }
        // An instantiated constructor template is one of the class's constructors (ConstructorBinder), not a method.
        foreach (var (name, instantiation) in MemberTemplatesOf(Cpp).Where(m => !m.Instantiation.Function.IsConstructor))
        {
            BindInstantiation(name, instantiation, receiver);
        }
        ReportUninstantiatedTemplates(providedByBase);
        var indexer = indexers.Count == 0 ? null : new IndexerBinder(scope, selected, calls, skips).Bind(indexers, receiver, _nativeNames);
        return new Result(_methods, factory, _operators, indexer);
    }

    // One binder binds one class once: these collect its methods as they are bound.
    private readonly List<MethodBinding> _methods = [];
    private readonly List<OperatorBinding> _operators = [];
    private readonly Dictionary<string, MethodBinding> _bySignature = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nativeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MethodBinding> _inherited = InheritedSignatures(baseBinding);

    /// <summary>One C# method a default-argument cut of <paramref name="function"/>, unless its C# signature is taken.</summary>
    private void AddVariants(CppFunction function, CppClass declaring, string memberName, Func<string, string> callee,
        ValueMarshaller returnType, List<MappedParameter> parameters, (string Method, string? Symbol)? asOperator, Func<string, string>? self = null)
    {
        foreach (var variant in SignatureMapper.DefaultArgumentVariants(parameters))
        {
            var binding = calls.Member(function, declaring, memberName, string.Empty, callee, returnType, variant, Receiver.CppSelfType(selected), self);
            if (_bySignature.TryGetValue(binding.Signature, out var twin))
            {
                // C# has no const overloads: a const twin returning the same C# type is the same C# method, not a loss.
                if (twin.IsConst == binding.IsConst || twin.Return.CsType != binding.Return.CsType)
                {
                    skips.Add(declaring, function, $"it maps to the same C# signature as another overload, {binding.Signature}", DiagnosticIds.DuplicateCsName);
                }
                continue;
            }
            _bySignature.Add(binding.Signature, binding);
            // Named only once kept, so a dropped overload leaves no gap in the numbering.
            binding = binding with { NativeName = EntryPoints.Claim(_nativeNames, $"{Prefix}_{memberName}") };
            if (_inherited.TryGetValue(binding.Signature, out var baseMethod))
            {
                // A virtual reached through the base proxy dispatches natively; a hidden non-virtual needs its own wrapper.
                if (function.IsVirtual && baseMethod.Return.CsType == binding.Return.CsType)
                {
                    continue;
                }
                binding = binding with { HidesBaseMember = true };
            }
            else if (BaseMembers.Hides(binding))
            {
                binding = binding with { HidesBaseMember = true };
            }
            _methods.Add(binding);
            if (asOperator is { Symbol: { } symbol } && !binding.Return.IsVoid && !binding.IsStatic && variant.Count == parameters.Count)
            {
                _operators.Add(new OperatorBinding(symbol, binding, CsName));
            }
        }
    }

    /// <summary>
    /// An instantiated member function template (<c>%template(Name) Class::member&lt;Args&gt;;</c>), called with its template
    /// arguments spelled: <c>self-&gt;template member&lt;double&gt;(...)</c>.
    /// </summary>
    private void BindInstantiation(string name, CppMemberInstantiation instantiation, Func<string, string> receiver)
    {
        var function = instantiation.Function;
        var declaring = instantiation.Owner;
        if (!signatures.TryMap(declaring, function, selected.CppAlias, out var returnType, out var parameters))
        {
            return;
        }
        var arguments = string.Join(", ", instantiation.TemplateArguments);
        var through = Through(declaring, function.Name, receiver);
        Func<string, string> callee = function.IsStatic
            ? _ => $"{declaring.FullName}::template {function.Name}<{arguments}>"
            : s => $"{through(s)}->template {function.Name}<{arguments}>";
        AddVariants(function, declaring, name, callee, returnType, parameters, asOperator: null);
    }

    /// <summary>
    /// A member function template has no code until its arguments are chosen: every one this class declares or inherits
    /// (up to the wrapped base) that no <c>%template</c> instantiated is in the report with the directive that would.
    /// </summary>
    private void ReportUninstantiatedTemplates(IReadOnlySet<string> providedByBase)
    {
        var instantiated = MemberTemplatesOf(Cpp).Select(m => m.Instantiation.Template).ToHashSet();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaring in ClassAncestry.Of(Cpp).PublicAncestorsAndSelf.Where(c => !providedByBase.Contains(c.FullName)))
        {
            foreach (var template in declaring.FunctionTemplates.Where(t => !instantiated.Contains(t)))
            {
                var member = $"{template.Name}<{string.Join(", ", template.TemplateParameters.Select(p => p.Name))}>({string.Join(", ", template.Parameters.Select(p => p.TypeSpelling))})";
                if (seen.Add(member))
                {
                    skips.Add(declaring, member, template.Location,
                        $"it is a member function template; instantiate it with %template(Name) {Cpp.FullName}::{template.Name}<...>;",
                        DiagnosticIds.NotWrappedByDesign);
                }
            }
        }
    }

    private IEnumerable<(string Name, CppMemberInstantiation Instantiation)> MemberTemplatesOf(CppClass cpp) => MemberTemplatesOf(scope, cpp);

    /// <summary>The member function templates instantiated for a class, with the C# name each %template gave.</summary>
    public static IEnumerable<(string Name, CppMemberInstantiation Instantiation)> MemberTemplatesOf(BindingScope scope, CppClass cpp) =>
        scope.Request.MemberTemplates.SelectMany(t => t.Instantiations.Where(i => i.Class == cpp).Select(i => (t.Directive.Name, i)));

    /// <summary>
    /// The object a member is called on: the class's own pointer, or the declaring base's when a class in between
    /// redeclares the name non-public (ITK's NarrowBandLevelSetImageFilter::CreateNarrowBand is public in its base only).
    /// </summary>
    private Func<string, string> Through(CppClass declaring, string name, Func<string, string> receiver) =>
        declaring != Cpp && IsHiddenBetween(Cpp, declaring, name)
            ? self => $"static_cast<{declaring.FullName} *>({receiver(self)})"
            : receiver;

    private static bool IsHiddenBetween(CppClass cpp, CppClass declaring, string name) =>
        cpp != declaring && (cpp.ProtectedVirtuals.Any(f => f.Name == name)
            || cpp.BaseTypes.Any(b => b.Class is { } c && ClassFacts.DerivesFrom(c, declaring.FullName) && IsHiddenBetween(c, declaring, name)));

    private bool IsFactory(CppFunction function) =>
        function.Name == "New" && function.IsStatic && function.Parameters.Count == 0
        && function.ReturnType.StripTypedefs() is CppNamedType { FullName: "itk::SmartPointer" } smart
        && smart.TemplateArguments.Count == 1
        && smart.TemplateArguments[0].Type?.StripTypedefs().CanonicalSpelling == Cpp.FullName;

    /// <summary>Signatures the wrapped base chain already declares, to decide between skipping and <c>new</c>.</summary>
    private static Dictionary<string, MethodBinding> InheritedSignatures(ClassBinding? baseClass)
    {
        var result = new Dictionary<string, MethodBinding>(StringComparer.Ordinal);
        for (var current = baseClass; current is not null; current = current.BaseClass)
        {
            foreach (var method in current.Methods)
            {
                result.TryAdd(method.Signature, method);
            }
        }
        return result;
    }
}
