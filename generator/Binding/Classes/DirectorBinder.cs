using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Diagnostics;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// %feature("director"): the virtual members of a class a C# subclass can override, the C++ subclass the shim writes
/// for them, and the proxy's members that run the C++ implementation when a C# subclass does not override them.
/// </summary>
internal sealed class DirectorBinder(BindingScope scope, SelectedClass selected, CallFactory calls, SignatureMapper signatures, DiagnosticBag diagnostics)
{
    private const int MaxDirectorMethods = 64;

    private CppClass Cpp => selected.Cpp;

    private string CsName => selected.CsName;

    private string Prefix => $"{scope.ModuleName}_{CsName}";

    private bool IsDirector => scope.Directives.HasFeature("director", ClassFacts.DirectiveName(Cpp)) | scope.Directives.HasFeature("director", Cpp.FullName);

    /// <summary>
    /// The director of the class, when the interface file asks for one: the public wrappers of its virtual members
    /// become C# virtuals (replaced in <paramref name="methods"/>) and its protected virtuals protected C# virtuals
    /// (added), each with a base call; members whose values cannot cross back into C# stay as they are.
    /// </summary>
    public DirectorBinding? Bind(List<MethodBinding> methods)
    {
        if (!IsDirector)
        {
            return null;
        }
        if (!ClassFacts.DerivesFrom(Cpp, ClassFacts.LightObject))
        {
            diagnostics.Error(DiagnosticIds.FeatureNotSupported, Cpp.Location,
                $"%feature(\"director\") {Cpp.FullName}: a director needs a reference-counted class (derived from itk::LightObject)");
            return null;
        }
        var directorClass = $"{Prefix}_director";
        var directed = new List<DirectorMethod>();
        var names = new HashSet<string>(methods.Select(m => m.CsName), StringComparer.Ordinal);
        foreach (var member in Cpp.GetAllVirtualFunctions())
        {
            var function = member.Function;
            var declaring = member.DeclaringClass;
            var qualified = $"{ClassFacts.DirectiveName(declaring)}::{function.Name}";
            if (function.IsStatic || function.IsOperator || function.IsDeprecated || MethodBinder.IsManagedByRuntime(function)
                || scope.Directives.IsIgnored(Declaration.Member(declaring, function.Name, DeclarationKind.Function, function)) || scope.Directives.HasFeature("nodirector", qualified))
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
            IReadOnlyList<MappedParameter> parameters;
            if (wrapper is not null)
            {
                (returnType, parameters) = (wrapper.ReturnMarshaller, wrapper.Parameters.Select(p => new MappedParameter(p.Names, p.Marshaller, p.Passing, p.Default)).ToList());
            }
            else if (signatures.TryMap(declaring, function, selected.CppAlias, out var mappedReturn, out var mappedParameters))
            {
                (returnType, parameters) = (mappedReturn, mappedParameters);
            }
            else
            {
                continue;
            }
            if (function.ReturnType.StripTypedefs() is CppReferenceType or CppPointerType)
            {
                NotOverridable(function, "it returns a reference or a pointer, which a C# override has nothing to point into");
                continue;
            }
            if (DirectorCrossings(returnType, parameters, function) is not { } crossings)
            {
                NotOverridable(function, "a value of its signature cannot cross from C++ into C# (numbers, bool, enums and string parameters can)");
                continue;
            }
            if (directed.Count == MaxDirectorMethods)
            {
                NotOverridable(function, $"a director has at most {MaxDirectorMethods} overridable members");
                continue;
            }
            var csMember = wrapper?.CsName ?? scope.Directives.RenameOf(Declaration.Member(declaring, function.Name, DeclarationKind.Function, function)) ?? Interface.CSharpNames.Identifier(function.Name);
            if (wrapper is null && !names.Add(csMember))
            {
                continue;
            }
            var baseCall = BaseCall(function, declaring, directorClass, csMember, returnType, parameters, wrapper);
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
                Names = DirectorNames.For(crossings.Parameters.Select(p => p.Name)),
                BaseCppName = Cpp.FullName,
                BaseCall = baseCall,
            });
            if (wrapper is not null)
            {
                methods[methods.IndexOf(wrapper)] = wrapper with { CsVirtual = true, DirectorBase = baseCall };
            }
            methods.Add(baseCall);
        }

        var context = new PointerMarshaller("void *");
        var mask = new PrimitiveMarshaller("ulong", "std::uint64_t");
        var release = new PointerMarshaller("ibg_release_callback");
        return new DirectorBinding
        {
            CppClassName = directorClass,
            BaseCppName = Cpp.FullName,
            Methods = directed,
            New = calls.Runtime(Cpp, "New", Prefix + "_ibg_DirectorNew", _ => $"ibg::make_director<{directorClass}>", null,
                FactoryMarshaller.ReferenceCounted(scope.NativeClass), [], calls.Policy(Cpp, "New"), isStatic: true) with
            {
                CsName = "CreateDirector", Access = MemberAccess.Private,
            },
            Connect = calls.Runtime(Cpp, "Connect", Prefix + "_ibg_DirectorConnect", s => $"static_cast<{directorClass} *>(ibg::as<{selected.CppAlias}>({s}))->ibg_connect", null,
                VoidMarshaller.Instance,
                [CallFactory.In("context", context), CallFactory.In("overridden", mask), CallFactory.In("table", context), CallFactory.In("release", release)],
                LockPolicy.Holds) with { CsName = "ConnectDirector", Access = MemberAccess.Private },
        };
    }

    private void NotOverridable(CppFunction function, string reason) =>
        diagnostics.Warning(DiagnosticIds.NotOverridable, function.Location,
            $"'{Cpp.FullName}::{function.Signature}' cannot be overridden in C# (the class is a director): {reason}; %feature(\"nodirector\") it to silence this");

    // The public wrapper of this virtual in the proxy: same name, all parameters (not a default-argument variant).
    private static MethodBinding? WrapperOf(List<MethodBinding> methods, CppFunction function, CppClass declaring)
    {
        var candidates = methods.Where(m => !m.IsStatic && m.CppName == function.Name && m.DeclaringClass == declaring.FullName
            && m.Parameters.Count == function.Parameters.Count && m.DirectorBase is null).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static (DirectorCrossing Return, IReadOnlyList<DirectorParameter> Parameters)? DirectorCrossings(
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> parameters, CppFunction function)
    {
        // A result must be a plain value: nothing on the C++ side would own a string or an object the C# side made.
        if (returnType is not (ScalarMarshaller or VoidMarshaller) || returnType.Director is not { } result)
        {
            return null;
        }
        var crossings = new List<DirectorParameter>();
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Marshaller.Director is not { } crossing || parameters[i].Passing != Passing.In)
            {
                return null;
            }
            crossings.Add(new DirectorParameter(parameters[i].Name, function.Parameters[i].Type.CanonicalSpelling, crossing));
        }
        return (result, crossings);
    }

    // The C++ implementation, called through the director; for a protected member it is the C# member itself.
    private MethodBinding BaseCall(CppFunction function, CppClass declaring, string directorClass, string csMember,
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> parameters, MethodBinding? wrapper)
    {
        var binding = calls.Member(function, declaring, csMember, $"{Prefix}_ibg_base_{csMember}",
            s => $"static_cast<{directorClass} *>(ibg::as<{selected.CppAlias}>({s}))->ibg_base_{function.Name}", returnType, parameters);
        if (wrapper is not null)
        {
            return binding with { CsName = "Base" + csMember, Access = MemberAccess.Private, NativeName = wrapper.NativeName + "_ibg_base", Lock = wrapper.Lock };
        }
        return binding with { Access = MemberAccess.Protected, CsVirtual = true, DirectorOnly = true };
    }
}
