using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Binding.Selection;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Classes;

/// <summary>
/// Makes the <see cref="MethodBinding"/>s of one C# class (a proxy, or the module's class of free functions): each
/// knows its module, its host and its lock policy from the moment it is made, and every line of it is decided here,
/// once, with the names its own scope hands out.
/// </summary>
internal sealed class CallFactory(BindingScope scope, string hostCsName)
{
    /// <summary>The shim's type of the object of a member call.</summary>
    public const string ObjectSelf = "itk::LightObject *";

    /// <summary>The shim's type of a value class's copy.</summary>
    public const string ValueSelf = "void *";

    /// <summary>A wrapper of a C++ member function; <paramref name="callee"/> gives the callee from the shim's object parameter.</summary>
    /// <paramref name="self"/>, when given, passes the object as the first argument (an <c>%extend</c> member's helper).
    public MethodBinding Member(CppFunction function, CppClass declaring, string csName, string nativeName, Func<string, string> callee,
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> parameters, string cppSelfType = ObjectSelf, Func<string, string>? self = null)
    {
        var binding = Make(function.Name, declaring.FullName, csName, nativeName, Call(callee, self, SignatureMapper.ExplicitDefaults(function, parameters.Count)), returnType, parameters,
            Policy(declaring, function.Name, TrivialAccessors.IsTrivial(function.Macro)), function.IsStatic, cppSelfType);
        return binding with
        {
            IsConst = function.IsConst,
            IsVirtual = function.IsVirtual,
            AccessorMacro = TrivialAccessors.IsTrivial(function.Macro) ? function.Macro : null,
            Documentation = Documentation.Of(function.Comment, binding.Parameters.Select(p => p.Name).ToList()),
        };
    }

    /// <summary>A wrapper of a free function, a static member of the module's class.</summary>
    public MethodBinding Function(CppFunction function, string qualified, string csName, string nativeName,
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> parameters)
    {
        // Called from the global scope: a parameter of the entry point named like the function (int waitTime(long waitTime)) cannot hide it.
        var binding = Make(function.Name, string.Empty, csName, nativeName, Call(_ => "::" + qualified, defaults: SignatureMapper.ExplicitDefaults(function, parameters.Count)), returnType, parameters,
            scope.Directives.FunctionPolicy(qualified), isStatic: true, ObjectSelf);
        return binding with { Documentation = Documentation.Of(function.Comment, binding.Parameters.Select(p => p.Name).ToList()) };
    }

    /// <summary>
    /// A member the runtime's C# code needs, implemented in the shim by <paramref name="callee"/>, with the object (from
    /// <paramref name="self"/>, given the shim's object parameter) as its first argument when there is one.
    /// </summary>
    public MethodBinding Runtime(CppClass cpp, string name, string nativeName, Func<string, string> callee, Func<string, string>? self,
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> parameters, LockPolicy policy, bool isStatic = false, IReadOnlyList<string>? defaults = null) =>
        Make(name, cpp.FullName, name, nativeName, Call(callee, self, defaults), returnType, parameters, policy, isStatic, ObjectSelf);

    /// <summary>
    /// A private accessor of a public field (or any member whose shim statement is no plain call): <paramref name="expression"/>
    /// gives the C++ expression from the shim's object parameter and the arguments.
    /// </summary>
    public MethodBinding Expression(CppClass declaring, string cppName, string csName, string nativeName, Func<string, IReadOnlyList<string>, string> expression,
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> parameters, bool isStatic, string cppSelfType) =>
        Make(cppName, declaring.FullName, csName, nativeName, expression, returnType, parameters, Policy(declaring, cppName, trivialAccessor: true), isStatic, cppSelfType) with
        {
            AccessorMacro = TrivialAccessors.Field,
        };

    /// <summary>
    /// A private accessor of the global variable <paramref name="qualified"/>, a static member of the module's class:
    /// <paramref name="expression"/> gives the C++ read or write from the arguments.
    /// </summary>
    public MethodBinding Variable(string qualified, string cppName, string csName, string nativeName, Func<IReadOnlyList<string>, string> expression,
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> parameters) =>
        Make(cppName, string.Empty, csName, nativeName, (_, arguments) => expression(arguments), returnType, parameters, scope.Directives.VariablePolicy(qualified), isStatic: true, ObjectSelf) with
        {
            Access = MemberAccess.Private,
            AccessorMacro = TrivialAccessors.Field,
        };

    /// <summary>The private call of the module's class that reads a <c>%constant</c>'s value, <paramref name="expression"/> in C++.</summary>
    public MethodBinding Constant(string cppName, string csName, string nativeName, string expression, ValueMarshaller returnType) =>
        Make(cppName, string.Empty, csName, nativeName, (_, _) => expression, returnType, [], LockPolicy.Keeps, isStatic: true, ObjectSelf) with
        {
            Access = MemberAccess.Private,
            AccessorMacro = TrivialAccessors.Field,
        };

    // A call of the callee, with the object (from self) as its first argument when a support function takes it so, and
    // after the arguments the defaults the shim passes itself (SignatureMapper.ExplicitDefaults).
    private static Func<string, IReadOnlyList<string>, string> Call(Func<string, string> callee, Func<string, string>? self = null, IReadOnlyList<string>? defaults = null) =>
        (selfName, arguments) => $"{callee(selfName)}({string.Join(", ", (self is null ? [] : new[] { self(selfName) }).Concat(arguments).Concat(defaults ?? []))})";

    public LockPolicy Policy(CppClass declaring, string name, bool trivialAccessor = false) =>
        scope.Directives.MemberPolicy(declaring.FullName, name, trivialAccessor);

    /// <summary>A parameter of a runtime member, passed in.</summary>
    public static MappedParameter In(string name, ValueMarshaller marshaller) => new(ParameterName.Of(name), marshaller, Passing.In, DefaultArgument.None);

    private MethodBinding Make(string cppName, string declaringClass, string csName, string nativeName, Func<string, IReadOnlyList<string>, string> expression,
        ValueMarshaller returnType, IReadOnlyList<MappedParameter> mapped, LockPolicy policy, bool isStatic, string cppSelfType)
    {
        var names = new NameScope(mapped.Select(p => p.Name));
        var wrapper = new WrapperNames(CsSelf: names.Cs("self"), CsCall: names.Cs("call"), CsError: names.Cs("error"),
            CppSelf: names.Cpp("self"), CppError: names.Cpp("error"));
        var parameters = mapped.Select(p => new ParameterBinding(p.Name, p.Marshaller, p.Passing, p.Default, p.Passing == Passing.In
            ? p.Marshaller.In(p.Name, names)
            : p.Marshaller.ByReference(p.Name, outOnly: p.Passing == Passing.Out, names))).ToList();
        var call = expression(wrapper.CppSelf, parameters.Select(p => p.Crossing.CppArgument).ToList());
        return new MethodBinding
        {
            CppName = cppName,
            DeclaringClass = declaringClass,
            CsName = csName,
            NativeName = nativeName,
            NativeClass = scope.NativeClass,
            ModuleName = scope.ModuleName,
            HostCsName = hostCsName,
            ReturnMarshaller = returnType,
            Parameters = parameters,
            Return = returnType.Return(call, parameters.SelectMany(p => p.Crossing.CppAfter).ToList(), names),
            Names = wrapper,
            CppCall = call,
            CppSelfType = cppSelfType,
            IsStatic = isStatic,
            Lock = policy,
        };
    }
}
