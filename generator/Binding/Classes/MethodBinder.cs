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

    /// <summary>The methods, and the static <c>New()</c> behind the C# constructor when the class can be created.</summary>
    public (List<MethodBinding> Methods, MethodBinding? Factory) Bind(MethodBinding? valueFactory)
    {
        var isValueClass = selected.Kind == ProxyKind.Value;
        var factory = valueFactory;
        Func<string, string> self = isValueClass ? s => $"ibg::value_of<{CsName}>({s})->" : s => $"ibg::as<{CsName}>({s})->";
        var methods = new List<MethodBinding>();
        var providedByBase = baseBinding is null ? [] : ClassFacts.AncestorsAndSelf(scope.Find(baseBinding.CppName));
        var inherited = InheritedSignatures(baseBinding);
        var bySignature = new Dictionary<string, MethodBinding>(StringComparer.Ordinal);
        var nativeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in Cpp.GetAllPublicFunctions())
        {
            var function = member.Function;
            var declaring = member.DeclaringClass;
            if (function.IsConstructor || function.IsDestructor || providedByBase.Contains(declaring.FullName))
            {
                continue;
            }
            if (IsFactory(function))
            {
                if (!Cpp.IsAbstract && factory is null)
                {
                    factory = calls.Member(function, declaring, "CreateNative", Prefix + "_New", _ => $"{CsName}::New", FactoryMarshaller.ReferenceCounted(scope.NativeClass), []) with
                    {
                        Access = MemberAccess.Private,
                    };
                }
                continue;
            }
            if (IsManagedByRuntime(function) && ClassFacts.DerivesFrom(Cpp, ClassFacts.LightObject))
            {
                continue;
            }
            var qualified = $"{ClassFacts.DirectiveName(declaring)}::{function.Name}";
            if (scope.Directives.IsIgnored(qualified, function))
            {
                continue;
            }
            if (function.IsOperator)
            {
                if (function.Name != "operator=")
                {
                    skips.Add(declaring, function, "operators are not wrapped");
                }
                continue;
            }
            if (function.IsDeprecated)
            {
                // Calling it from the shim would warn (-Wdeprecated-declarations); SWIG users %ignore these too.
                skips.Add(declaring, function, "it is deprecated in C++");
                continue;
            }
            if (!signatures.TryMap(declaring, function, CsName, out var returnType, out var parameters))
            {
                continue;
            }
            var memberName = scope.Directives.RenameOf(qualified, function) ?? function.Name;
            if (memberName == CsName)
            {
                skips.Add(declaring, function, $"a C# member cannot be named like its class '{CsName}'; %rename it");
                continue;
            }
            foreach (var variant in SignatureMapper.DefaultArgumentVariants(parameters))
            {
                Func<string, string> callee = function.IsStatic ? _ => $"{CsName}::{function.Name}" : s => self(s) + function.Name;
                var binding = calls.Member(function, declaring, memberName, string.Empty, callee, returnType, variant,
                    isValueClass ? CallFactory.ValueSelf : CallFactory.ObjectSelf);
                if (bySignature.TryGetValue(binding.Signature, out var twin))
                {
                    // C# has no const overloads: a const twin returning the same C# type is the same C# method, not a loss.
                    if (twin.IsConst == binding.IsConst || twin.Return.CsType != binding.Return.CsType)
                    {
                        skips.Add(declaring, function, $"it maps to the same C# signature as another overload, {binding.Signature}", DiagnosticIds.DuplicateCsName);
                    }
                    continue;
                }
                bySignature.Add(binding.Signature, binding);
                // Named only once kept, so a dropped overload leaves no gap in the numbering.
                binding = binding with { NativeName = SignatureMapper.UniqueNativeName(nativeNames, $"{Prefix}_{memberName}") };
                if (inherited.TryGetValue(binding.Signature, out var baseMethod))
                {
                    // A virtual reached through the base proxy dispatches natively; a hidden non-virtual needs its own wrapper.
                    if (function.IsVirtual && baseMethod.Return.CsType == binding.Return.CsType)
                    {
                        continue;
                    }
                    binding = binding with { HidesBaseMember = true };
                }
                methods.Add(binding);
            }
        }
        return (methods, factory);
    }

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
