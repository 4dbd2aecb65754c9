using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Binding;

/// <summary>
/// A class the interface file names with <c>%feature("director")</c>: the shim writes a C++ subclass
/// (<see cref="CppClassName"/>) whose overrides of the class's virtual members call the C# overrides of a C#
/// subclass, and the proxy's virtual members run the C++ implementation when not overridden.
/// </summary>
public sealed record DirectorBinding
{
    /// <summary>The C++ subclass in the shim, e.g. <c>ItkCore_TestCalculator_director</c>.</summary>
    public required string CppClassName { get; init; }

    /// <summary>The wrapped class, its canonical C++ name.</summary>
    public required string BaseCppName { get; init; }

    /// <summary>The overridable members, in the order of their bit in the mask of overridden ones (at most 64).</summary>
    public required IReadOnlyList<DirectorMethod> Methods { get; init; }

    /// <summary>Creates a director object (the proxy's public constructor).</summary>
    public required MethodBinding New { get; init; }

    /// <summary>Gives the director its C# object, the mask of overridden members and the trampolines.</summary>
    public required MethodBinding Connect { get; init; }

    /// <summary>The unmanaged function pointer type of each trampoline, in table order.</summary>
    public IEnumerable<string> CsTableEntries => Methods.Select(m => $"(nint)(delegate* unmanaged<{string.Join(", ", m.CsAbiSignature)}>)&{m.TrampolineName}");
}

/// <summary>One virtual member a C# subclass can override.</summary>
public sealed record DirectorMethod
{
    /// <summary>Its bit in the mask and its slot in the trampoline table.</summary>
    public required int Index { get; init; }

    public required string CppName { get; init; }

    public required string CsName { get; init; }

    /// <summary>A protected member: C# sees it as <c>protected virtual</c>, only a director can call its C++ implementation.</summary>
    public required bool IsProtected { get; init; }

    public required bool IsConst { get; init; }

    /// <summary>The C++ return type, as the override declares it.</summary>
    public required string CppReturnType { get; init; }

    public required DirectorCrossing Return { get; init; }

    public required IReadOnlyList<DirectorParameter> Parameters { get; init; }

    /// <summary>The names the trampoline and the C++ override declare besides the parameters.</summary>
    public required DirectorNames Names { get; init; }

    /// <summary>The non-virtual call of the C++ implementation, through the director; the C# member's body when not overridden.</summary>
    public required MethodBinding BaseCall { get; init; }

    public string TrampolineName => "Director" + CsName;

    private bool ReturnsValue => !Return.IsVoid;

    // C++: the override's head, the function pointer it calls through and the C++ implementation's call.
    public string CppSignature => $"{CppReturnType} {CppName}({string.Join(", ", Parameters.Select(p => $"{p.CppType} {p.Name.Cpp}"))}){(IsConst ? " const" : string.Empty)}";

    public string CppPointerType => $"{Return.CppAbiType} (*)({string.Join(", ", new[] { "void *" }.Concat(Parameters.Select(p => p.Crossing.CppAbiType)).Append("ibg_managed_error *"))})";

    public string CppArguments => string.Join(", ", new[] { "m_Context" }.Concat(Parameters.Select(p => p.Crossing.CppToAbi(p.Name.Cpp))).Append("&" + Names.CppThrown));

    public string CppParameterNames => string.Join(", ", Parameters.Select(p => p.Name.Cpp));

    /// <summary>The class the director derives from, whose implementation runs when C# does not override.</summary>
    public required string BaseCppName { get; init; }

    private string CppBaseCall => $"{BaseCppName}::{CppName}({CppParameterNames})";

    private string TrampolineCall => $"reinterpret_cast<{CppPointerType}>(m_Table[{Index}])({CppArguments})";

    /// <summary>The override's statements when the C# class does not override the member.</summary>
    public IReadOnlyList<string> CppNotOverridden => ReturnsValue ? [$"return {CppBaseCall};"] : [$"{CppBaseCall};", "return;"];

    /// <summary>The override's statements calling the C# override through its trampoline.</summary>
    public IReadOnlyList<string> CppCallOverride => ReturnsValue
        ? [$"auto {Names.CppResult} = {TrampolineCall};", $"ibg::throw_if_managed_error({Names.CppThrown});", $"return {Return.AbiToCpp(Names.CppResult)};"]
        : [$"{TrampolineCall};", $"ibg::throw_if_managed_error({Names.CppThrown});"];

    /// <summary>The body of the non-virtual call of the C++ implementation.</summary>
    public string CppBaseStatement => ReturnsValue ? $"return {CppBaseCall};" : $"{CppBaseCall};";

    /// <summary>What the trampoline returns after reporting a C# exception.</summary>
    public IReadOnlyList<string> CsAfterException => ReturnsValue ? ["return default;"] : [];

    public string CppBaseSignature => $"{CppReturnType} ibg_base_{CppName}({string.Join(", ", Parameters.Select(p => $"{p.CppType} {p.Name.Cpp}"))}){(IsConst ? " const" : string.Empty)}";

    public string Bit => $"std::uint64_t{{1}} << {Index}";

    // C#: the trampoline's signature and body, and the override check.
    public IEnumerable<string> CsAbiSignature => new[] { "nint" }.Concat(Parameters.Select(p => p.Crossing.CsAbiType)).Append("ManagedError*").Append(Return.CsAbiType);

    public string CsTrampolineParameters => string.Join(", ", new[] { $"nint {Names.CsContext}" }.Concat(Parameters.Select(p => $"{p.Crossing.CsAbiType} {p.Name.Cs}")).Append($"ManagedError* {Names.CsThrown}"));

    /// <summary>The scope a trampoline runs the override in: the binding lock's callback rules.</summary>
    public string CsCallbackScope => "using (BindingLock.AcquireForCallback())";

    public string CsTrampolineStatement => ReturnsValue ? $"return {Return.CsToAbi(CsOverrideCall)};" : CsOverrideCall + ";";

    public string CsOverrideCall => $"{Names.CsSelf}.{CsName}({string.Join(", ", Parameters.Select(p => p.Crossing.AbiToCs(p.Name.Cs)))})";

    public string CsParameterTypes => Parameters.Count == 0 ? "Type.EmptyTypes" : $"[{string.Join(", ", Parameters.Select(p => $"typeof({p.Crossing.CsType})"))}]";
}

/// <summary>A parameter of an overridable member.</summary>
/// <param name="Name">Its names on both sides.</param>
/// <param name="CppType">Its C++ type, as the override declares it.</param>
/// <param name="Crossing">How it crosses into C#.</param>
public sealed record DirectorParameter(ParameterName Name, string CppType, DirectorCrossing Crossing);

/// <summary>
/// The names one overridable member's trampoline (C#) and override (C++) declare besides its parameters, handed out so
/// none collides with a parameter: the context and error parameters, the C# object, the caught exception, the result.
/// </summary>
public sealed record DirectorNames(string CsContext, string CsThrown, string CsSelf, string CsException, string CppThrown, string CppResult)
{
    public static DirectorNames For(IEnumerable<ParameterName> parameters)
    {
        var names = new NameScope(parameters);
        return new DirectorNames(names.Cs("context"), names.Cs("thrown"), names.Cs("self"), names.Cs("exception"), names.Cpp("thrown"), names.Cpp("result"));
    }
}
