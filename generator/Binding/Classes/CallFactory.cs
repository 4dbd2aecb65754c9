using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// Makes the <see cref="MethodBinding"/>s of one C# class (a proxy, or the module's class of free functions): each
/// knows its module, its host and its lock policy from the moment it is made.
/// </summary>
internal sealed class CallFactory(BindingScope scope, string hostCsName)
{
    public string HostCsName => hostCsName;

    /// <summary>A wrapper of a C++ member function.</summary>
    public MethodBinding Member(CppFunction function, CppClass declaring, string csName, string nativeName, string callee,
        ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters) =>
        Make(function.Name, declaring.FullName, csName, nativeName, callee, returnType, parameters,
            Policy(declaring, function.Name, TrivialAccessors.IsTrivial(function.Macro))) with
        {
            IsStatic = function.IsStatic,
            IsConst = function.IsConst,
            IsVirtual = function.IsVirtual,
            AccessorMacro = TrivialAccessors.IsTrivial(function.Macro) ? function.Macro : null,
            Documentation = Documentation.Of(function.Comment, parameters.Select(p => p.Name).ToList()),
        };

    /// <summary>A wrapper of a free function, a static member of the module's class.</summary>
    public MethodBinding Function(CppFunction function, string qualified, string csName, string nativeName,
        ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters) =>
        Make(function.Name, string.Empty, csName, nativeName, qualified, returnType, parameters, scope.Directives.FunctionPolicy(qualified)) with
        {
            IsStatic = true,
            Documentation = Documentation.Of(function.Comment, parameters.Select(p => p.Name).ToList()),
        };

    /// <summary>A member the runtime's C# code needs, implemented in the shim by <paramref name="callee"/> with <paramref name="self"/> first.</summary>
    public MethodBinding Runtime(CppClass cpp, string name, string nativeName, string callee, string? self,
        ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters, LockPolicy policy) =>
        Make(name, cpp.FullName, name, nativeName, callee, returnType, parameters, policy) with { CppSelfArgument = self };

    private MethodBinding Make(string cppName, string declaringClass, string csName, string nativeName, string callee,
        ValueMarshaller returnType, IReadOnlyList<ParameterBinding> parameters, LockPolicy policy) => new()
    {
        CppName = cppName,
        DeclaringClass = declaringClass,
        CsName = csName,
        NativeName = nativeName,
        NativeClass = scope.NativeClass,
        ModuleName = scope.ModuleName,
        HostCsName = hostCsName,
        CppCallee = callee,
        ReturnMarshaller = returnType,
        Parameters = parameters,
        Lock = policy,
    };

    public LockPolicy Policy(CppClass declaring, string name, bool trivialAccessor = false) =>
        scope.Directives.MemberPolicy(declaring.FullName, name, trivialAccessor);
}
