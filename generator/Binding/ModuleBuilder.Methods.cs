using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

public sealed partial class ModuleBuilder
{
    // Ownership is the handle's job and observers are C# events: these members are never exposed.
    private static readonly HashSet<string> ManagedByRuntime = new(StringComparer.Ordinal)
    {
        "Register", "UnRegister", "Delete", "SetReferenceCount", "AddObserver", "RemoveObserver",
        "RemoveAllObservers", "InvokeEvent", "HasObserver", "GetCommand", "New", "CreateAnother", "Clone",
    };

    private List<MethodBinding> BuildMethods(CppClass cpp, CppClass? baseCpp, string csName, string prefix,
        IReadOnlyDictionary<string, MethodBinding> inherited, bool isValueClass, out MethodBinding? factory)
    {
        factory = isValueClass ? ValueFactory(cpp, csName, prefix) : null;
        var self = isValueClass ? $"ibg::value_of<{csName}>(self)->" : $"ibg::as<{csName}>(self)->";
        var methods = new List<MethodBinding>();
        var providedByBase = baseCpp is null ? [] : AncestorsAndSelf(baseCpp);
        var signatures = new Dictionary<string, MethodBinding>(StringComparer.Ordinal);
        var nativeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in cpp.GetAllPublicFunctions())
        {
            var function = member.Function;
            var declaring = member.DeclaringClass;
            if (function.IsConstructor || function.IsDestructor || providedByBase.Contains(declaring.FullName))
            {
                continue;
            }
            if (IsFactory(cpp, function))
            {
                if (!cpp.IsAbstract && factory is null)
                {
                    factory = Bind(function, declaring, "CreateNative", prefix + "_New", $"{csName}::New", FactoryMarshaller.ReferenceCounted(NativeClass), []) with
                    {
                        Access = "private",
                    };
                }
                continue;
            }
            if (ManagedByRuntime.Contains(function.Name) && DerivesFrom(cpp, LightObject))
            {
                continue;
            }
            var qualified = $"{DirectiveName(declaring)}::{function.Name}";
            if (IsIgnored(qualified))
            {
                continue;
            }
            if (function.IsOperator)
            {
                if (function.Name != "operator=")
                {
                    Skip(cpp, declaring, function, "operators are not wrapped");
                }
                continue;
            }
            if (function.IsDeprecated)
            {
                // Calling it from the shim would warn (-Wdeprecated-declarations); SWIG users %ignore these too.
                Skip(cpp, declaring, function, "it is deprecated in C++");
                continue;
            }
            if (!TryMapSignature(cpp, declaring, function, csName, out var returnType, out var parameters))
            {
                continue;
            }
            var memberName = Rename(qualified) ?? function.Name;
            if (memberName == csName)
            {
                Skip(cpp, declaring, function, $"a C# member cannot be named like its class '{csName}'; %rename it");
                continue;
            }
            foreach (var variant in DefaultArgumentVariants(parameters))
            {
                var callee = function.IsStatic ? $"{csName}::{function.Name}" : self + function.Name;
                var binding = Bind(function, declaring, memberName, string.Empty, callee, returnType, variant) with
                {
                    CppSelfType = isValueClass ? "void *" : "itk::LightObject *",
                };
                if (signatures.TryGetValue(binding.Signature, out var twin))
                {
                    // C# has no const overloads: a const twin returning the same C# type is the same C# method, not a loss.
                    if (twin.IsConst == binding.IsConst || twin.Return.CsType != binding.Return.CsType)
                    {
                        Skip(cpp, declaring, function, $"it maps to the same C# signature as another overload, {binding.Signature}", DiagnosticIds.DuplicateCsName);
                    }
                    continue;
                }
                signatures.Add(binding.Signature, binding);
                // Named only once kept, so a dropped overload leaves no gap in the numbering.
                binding = binding with { NativeName = UniqueNativeName(nativeNames, $"{prefix}_{memberName}") };
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
        return methods;
    }

    private List<MethodBinding> BuildFunctions()
    {
        var functions = new List<MethodBinding>();
        var nativeNames = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ns, function) in FreeFunctions(_compilation.GlobalNamespace))
        {
            var qualified = ns.Length == 0 ? function.Name : $"{ns}::{function.Name}";
            if (!IsInWrappedHeader(function.Location) || IsIgnored(qualified) || function.IsOperator)
            {
                continue;
            }
            if (function.IsDeprecated)
            {
                Skip(null, null, function, "it is deprecated in C++");
                continue;
            }
            if (!TryMapSignature(null, null, function, string.Empty, out var returnType, out var parameters))
            {
                continue;
            }
            var name = Rename(qualified) ?? function.Name;
            foreach (var variant in DefaultArgumentVariants(parameters))
            {
                var binding = new MethodBinding
                {
                    CppName = function.Name,
                    DeclaringClass = string.Empty,
                    CsName = name,
                    NativeName = UniqueNativeName(nativeNames, $"{_request.ModuleName}_{name}"),
                    NativeClass = NativeClass,
                    ModuleName = _request.ModuleName,
                    HostCsName = _request.ModuleName,
                    CppCallee = qualified,
                    ReturnMarshaller = returnType,
                    Parameters = variant,
                    IsStatic = true,
                    Lock = Policy(null, qualified),
                    Documentation = Documentation.Of(function.Comment, variant.Select(p => p.Name).ToList()),
                };
                if (signatures.Add(binding.Signature))
                {
                    functions.Add(binding);
                }
            }
        }
        return functions;
    }

    private static IEnumerable<(string Namespace, CppFunction Function)> FreeFunctions(CppNamespace ns) =>
        ns.Functions.Select(f => (ns.FullName, f)).Concat(ns.Namespaces.SelectMany(FreeFunctions));

    private MethodBinding Bind(CppFunction function, CppClass declaring, string csName, string nativeName, string callee,
        ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters) => new()
    {
        CppName = function.Name,
        DeclaringClass = declaring.FullName,
        CsName = csName,
        NativeName = nativeName,
        NativeClass = NativeClass,
        ModuleName = _request.ModuleName,
        CppCallee = callee,
        ReturnMarshaller = returnType,
        Parameters = parameters,
        IsStatic = function.IsStatic,
        IsConst = function.IsConst,
        IsVirtual = function.IsVirtual,
        Lock = Policy(declaring, function.Name, TrivialAccessors.IsTrivial(function.Macro)),
        AccessorMacro = TrivialAccessors.IsTrivial(function.Macro) ? function.Macro : null,
        Documentation = Documentation.Of(function.Comment, parameters.Select(p => p.Name).ToList()),
    };

    // scope: The C++ name lengths of %apply arrays are evaluated in: the class alias of the shim, or empty.
    private bool TryMapSignature(CppClass? owner, CppClass? declaring, CppFunction function, string scope,
        out ValueMarshaller returnType, out List<ParameterBinding> parameters)
    {
        parameters = [];
        returnType = _types.MapReturn(function.ReturnType, out var reason)!;
        if (returnType is null)
        {
            Skip(owner, declaring, function, $"return type {reason}");
            return false;
        }
        if (function.Flags.HasFlag(CppFunctionFlags.Variadic))
        {
            Skip(owner, declaring, function, "variadic functions are not wrapped");
            return false;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < function.Parameters.Count; i++)
        {
            var parameter = function.Parameters[i];
            var name = Identifiers.Parameter(parameter.Name, i, used);
            if (_types.MapParameter(parameter.Type, parameter.Name, name, scope, out var marshaller, out reason) is not { } crossing)
            {
                Skip(owner, declaring, function, $"parameter {i + 1} {reason}");
                return false;
            }
            var defaultValue = parameter.DefaultValue is null ? null : marshaller!.DefaultValue(parameter.DefaultValue);
            parameters.Add(new ParameterBinding(name, marshaller!, crossing, defaultValue));
        }
        return true;
    }

    private static HashSet<string> AncestorsAndSelf(CppClass cpp)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { cpp.FullName };
        foreach (var baseType in cpp.BaseTypes)
        {
            if (baseType.Class is { } baseClass)
            {
                result.UnionWith(AncestorsAndSelf(baseClass));
            }
        }
        return result;
    }

    private void Skip(CppClass? owner, CppClass? declaring, CppFunction function, string reason) =>
        Skip(owner, declaring, function, reason, DiagnosticIds.MemberNotWrapped);

    // The owner's C# name is the one it was selected under; a free function (no owner) belongs to no class.
    private void Skip(CppClass? owner, CppClass? declaring, CppFunction function, string reason, DiagnosticId id)
    {
        var signature = $"{function.Name}({string.Join(", ", function.Parameters.Select(p => p.Type.CanonicalSpelling))})";
        var member = owner is null ? signature : $"{owner.FullName}::{signature}";
        var shared = declaring is null ? member : $"{TemplateSpelling(declaring)}::{signature}";
        _skips.Add(owner is null ? null : _proxyNames.GetValueOrDefault(owner.FullName) ?? _valueClasses[owner.FullName], member, shared, id, reason, function.Location);
    }

    /// <summary><c>itk::ImageSource&lt;TOutputImage&gt;</c> for a member of an instantiation: how one warning names it for all.</summary>
    private string TemplateSpelling(CppClass cpp)
    {
        if (cpp.TemplateName is not { } name)
        {
            return cpp.FullName;
        }
        _templates ??= _compilation.AllClasses().Where(c => c.IsTemplate)
            .GroupBy(c => c.FullName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.First().TemplateParameters.Select(p => p.Name)), StringComparer.Ordinal);
        return $"{name}<{(_templates.TryGetValue(name, out var parameters) ? parameters : "...")}>";
    }

    private Dictionary<string, string>? _templates;

    /// <summary>
    /// C# optional parameters where the default is a C# constant; where it is not, one overload per
    /// cut point, so every call C++ allows stays possible.
    /// </summary>
    private static IEnumerable<IReadOnlyList<ParameterBinding>> DefaultArgumentVariants(List<ParameterBinding> parameters)
    {
        for (var cut = 0; cut <= parameters.Count; cut++)
        {
            if (cut < parameters.Count && parameters[cut].DefaultValue != DefaultValues.NotRepresentable)
            {
                continue;
            }
            var head = parameters.Take(cut).ToList();
            // Only a trailing run of representable defaults can stay optional in C#.
            var optionalFrom = head.Count;
            while (optionalFrom > 0 && head[optionalFrom - 1].DefaultValue is { } value && value != DefaultValues.NotRepresentable)
            {
                optionalFrom--;
            }
            yield return head.Select((p, i) => i >= optionalFrom ? p : p with { DefaultValue = null }).ToList();
        }
    }

    private static string UniqueNativeName(HashSet<string> used, string candidate)
    {
        var name = candidate;
        for (var n = 1; !used.Add(name); n++)
        {
            name = $"{candidate}_{n}";
        }
        return name;
    }

    private static bool IsFactory(CppClass cpp, CppFunction function) =>
        function.Name == "New" && function.IsStatic && function.Parameters.Count == 0
        && function.ReturnType.StripTypedefs() is CppNamedType { FullName: "itk::SmartPointer" } smart
        && smart.TemplateArguments.Count == 1
        && smart.TemplateArguments[0].Type?.StripTypedefs().CanonicalSpelling == cpp.FullName;

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
