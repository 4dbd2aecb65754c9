using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

// %feature("director"): the virtual members of a class a C# subclass can override, the C++ subclass the shim writes
// for them, and the proxy's members that run the C++ implementation when a C# subclass does not override them.
public sealed partial class ModuleBuilder
{
    private const int MaxDirectorMethods = 64;

    private readonly HashSet<FeatureDirective> _appliedFeatures = [];

    private bool HasFeature(string name, string target)
    {
        var normalized = ThreadPolicyTable.Normalize(target);
        var found = false;
        foreach (var feature in _request.Features)
        {
            if (feature.Name == name && ThreadPolicyTable.Normalize(feature.Target) == normalized)
            {
                _appliedFeatures.Add(feature);
                found = true;
            }
        }
        return found;
    }

    private bool IsDirector(CppClass cpp) => HasFeature("director", DirectiveName(cpp)) | HasFeature("director", cpp.FullName);

    /// <summary>
    /// The director of <paramref name="cpp"/>, when the interface file asks for one: the public wrappers of its virtual
    /// members become C# virtuals (replaced in <paramref name="methods"/>) and its protected virtuals protected C#
    /// virtuals (added), each with a base call; members whose values cannot cross back into C# stay as they are.
    /// </summary>
    private DirectorBinding? DirectorOf(CppClass cpp, string csName, string prefix, List<MethodBinding> methods)
    {
        if (!IsDirector(cpp))
        {
            return null;
        }
        if (!DerivesFrom(cpp, LightObject))
        {
            _diagnostics.Error(DiagnosticIds.FeatureNotSupported, cpp.Location,
                $"%feature(\"director\") {cpp.FullName}: a director needs a reference-counted class (derived from itk::LightObject)");
            return null;
        }
        var directorClass = $"{prefix}_director";
        var directed = new List<DirectorMethod>();
        var names = new HashSet<string>(methods.Select(m => m.CsName), StringComparer.Ordinal);
        foreach (var member in cpp.GetAllVirtualFunctions())
        {
            var function = member.Function;
            var declaring = member.DeclaringClass;
            var qualified = $"{DirectiveName(declaring)}::{function.Name}";
            if (function.IsStatic || function.IsOperator || function.IsDeprecated || ManagedByRuntime.Contains(function.Name)
                || IsIgnored(qualified) || HasFeature("nodirector", qualified))
            {
                continue;
            }
            var isProtected = function.Access == CppAccess.Protected;
            var wrapper = isProtected ? null : WrapperOf(methods, function, declaring);
            if (!isProtected && wrapper is null)
            {
                continue; // not wrapped here (a wrapped base proxy declares it, or it was skipped)
            }
            ValueMarshaller returnType;
            IReadOnlyList<ParameterBinding> parameters;
            if (wrapper is not null)
            {
                (returnType, parameters) = (wrapper.ReturnMarshaller, wrapper.Parameters);
            }
            else if (TryMapSignature(cpp, declaring, function, csName, out var mappedReturn, out var mappedParameters))
            {
                (returnType, parameters) = (mappedReturn, mappedParameters);
            }
            else
            {
                continue;
            }
            if (function.ReturnType.CanonicalSpelling.TrimEnd().EndsWith('&') || function.ReturnType.CanonicalSpelling.Contains('*', StringComparison.Ordinal))
            {
                NotOverridable(cpp, function, "it returns a reference or a pointer, which a C# override has nothing to point into");
                continue;
            }
            if (DirectorCrossings(returnType, parameters, function) is not { } crossings)
            {
                NotOverridable(cpp, function, "a value of its signature cannot cross from C++ into C# (numbers, bool, enums and string parameters can)");
                continue;
            }
            if (directed.Count == MaxDirectorMethods)
            {
                NotOverridable(cpp, function, $"a director has at most {MaxDirectorMethods} overridable members");
                continue;
            }
            var csMember = wrapper?.CsName ?? Rename(qualified) ?? function.Name;
            if (wrapper is null && !names.Add(csMember))
            {
                continue;
            }
            var baseCall = BaseCall(function, declaring, directorClass, csName, prefix, csMember, returnType, parameters, wrapper);
            directed.Add(new DirectorMethod
            {
                Index = directed.Count,
                CppName = function.Name,
                CsName = csMember,
                IsProtected = isProtected,
                IsConst = function.IsConst,
                CppReturnType = function.ReturnType.CanonicalSpelling,
                Return = crossings.Return,
                Parameters = crossings.Parameters,
                BaseCall = baseCall,
            });
            if (wrapper is not null)
            {
                methods[methods.IndexOf(wrapper)] = wrapper with { CsVirtual = true, DirectorBase = baseCall };
                methods.Add(baseCall);
            }
            else
            {
                methods.Add(baseCall);
            }
        }

        var context = new PointerMarshaller("void *");
        var mask = new PrimitiveMarshaller("ulong", "std::uint64_t");
        var release = new PointerMarshaller("ibg_release_callback");
        return new DirectorBinding
        {
            CppClassName = directorClass,
            BaseCppName = cpp.FullName,
            Methods = directed,
            New = RuntimeMember(cpp, "New", prefix + "_ibg_DirectorNew", $"ibg::make_director<{directorClass}>", null,
                FactoryMarshaller.ReferenceCounted(NativeClass), [], Policy(cpp, "New")) with
            {
                CsName = "CreateDirector", Access = "private", IsStatic = true, HostCsName = csName,
            },
            Connect = RuntimeMember(cpp, "Connect", prefix + "_ibg_DirectorConnect", $"static_cast<{directorClass} *>(ibg::as<{csName}>(self))->ibg_connect", null,
                VoidMarshaller.Instance,
                [
                    new ParameterBinding("context", context, context.In("context")!, null),
                    new ParameterBinding("overridden", mask, mask.In("overridden")!, null),
                    new ParameterBinding("table", context, context.In("table")!, null),
                    new ParameterBinding("release", release, release.In("release")!, null),
                ],
                LockPolicy.Holds) with { CsName = "ConnectDirector", Access = "private", HostCsName = csName },
        };
    }

    private void NotOverridable(CppClass cpp, CppFunction function, string reason) =>
        _diagnostics.Warning(DiagnosticIds.NotOverridable, function.Location,
            $"'{cpp.FullName}::{function.Signature}' cannot be overridden in C# (the class is a director): {reason}; %feature(\"nodirector\") it to silence this");

    // The public wrapper of this virtual in the proxy: same name, all parameters (not a default-argument variant).
    private static MethodBinding? WrapperOf(List<MethodBinding> methods, CppFunction function, CppClass declaring)
    {
        var candidates = methods.Where(m => !m.IsStatic && m.CppName == function.Name && m.DeclaringClass == declaring.FullName
            && m.Parameters.Count == function.Parameters.Count && m.DirectorBase is null).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static (DirectorCrossing Return, IReadOnlyList<DirectorParameter> Parameters)? DirectorCrossings(
        ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters, CppFunction function)
    {
        // A result must be a plain value: nothing on the C++ side would own a string or an object the C# side made.
        if (returnType is not (ScalarMarshaller or VoidMarshaller) || returnType.Director is not { } result)
        {
            return null;
        }
        var crossings = new List<DirectorParameter>();
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Marshaller.Director is not { } crossing || parameters[i].Crossing.CsDeclaration.StartsWith("ref ", StringComparison.Ordinal)
                || parameters[i].Crossing.CsDeclaration.StartsWith("out ", StringComparison.Ordinal))
            {
                return null;
            }
            crossings.Add(new DirectorParameter(parameters[i].Name, function.Parameters[i].Type.CanonicalSpelling, crossing));
        }
        return (result, crossings);
    }

    // The C++ implementation, called through the director; for a protected member it is the C# member itself.
    private MethodBinding BaseCall(CppFunction function, CppClass declaring, string directorClass, string csName, string prefix,
        string csMember, ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters, MethodBinding? wrapper)
    {
        var binding = Bind(function, declaring, csMember, $"{prefix}_ibg_base_{csMember}",
            $"static_cast<{directorClass} *>(ibg::as<{csName}>(self))->ibg_base_{function.Name}", returnType, parameters) with
        {
            HostCsName = csName,
        };
        if (wrapper is not null)
        {
            return binding with { CsName = "Base" + csMember, Access = "private", NativeName = wrapper.NativeName + "_ibg_base", Lock = wrapper.Lock };
        }
        return binding with { Access = "protected", CsVirtual = true, DirectorOnly = true };
    }
}
