using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Binding;

/// <summary>
/// One wrapped C++ call (a method, a static member function, a free function, or a member the runtime needs,
/// such as an image's pixel buffer) with every line of its C# wrapper and its shim entry point decided:
/// templates lay these out and decide nothing.
/// </summary>
public sealed record MethodBinding
{
    /// <summary>The C++ name as declared.</summary>
    public required string CppName { get; init; }

    /// <summary>The C++ class that declares it (empty for free functions); %rename, %ignore and thread directives name it.</summary>
    public required string DeclaringClass { get; init; }

    public required string CsName { get; init; }

    /// <summary>The extern "C" entry point in the shim, unique in the module.</summary>
    public required string NativeName { get; init; }

    /// <summary>The module's class of <c>LibraryImport</c>s.</summary>
    public required string NativeClass { get; init; }

    /// <summary>The module's name: the first tag of the call's metrics.</summary>
    public required string ModuleName { get; init; }

    /// <summary>The C# class the wrapper is a member of (the module's class for free functions).</summary>
    public required string HostCsName { get; init; }

    public required ValueMarshaller ReturnMarshaller { get; init; }

    /// <summary>The parameters, each with its crossing decided.</summary>
    public required IReadOnlyList<ParameterBinding> Parameters { get; init; }

    /// <summary>The returned value's crossing, given the call and what runs after it.</summary>
    public required ReturnCrossing Return { get; init; }

    /// <summary>The names the wrapper declares besides its parameters.</summary>
    public required WrapperNames Names { get; init; }

    /// <summary>The C++ call the shim makes: <c>ibg::as&lt;Class&gt;(self)-&gt;Method(...)</c>, <c>Class::Method(...)</c>, <c>ns::Function(...)</c>.</summary>
    public required string CppCall { get; init; }

    /// <summary>The shim's type for the object a member is called on: a LightObject, or the address of a value class's copy.</summary>
    public required string CppSelfType { get; init; }

    /// <summary>C# accessibility: public, protected for a director's protected virtuals, private for the proxy's own plumbing.</summary>
    public MemberAccess Access { get; init; } = MemberAccess.Public;

    /// <summary>The C# keyword of <see cref="Access"/>.</summary>
    public string AccessKeyword => Access.ToString().ToLowerInvariant();

    public bool IsStatic { get; init; }

    public bool IsConst { get; init; }

    public bool IsVirtual { get; init; }

    /// <summary>C# <c>virtual</c>: a member of a director class a C# subclass can override.</summary>
    public bool CsVirtual { get; init; }

    /// <summary>
    /// For a public member of a director class: the call of the C++ implementation through the director, which the
    /// member makes instead on a director object (its C# override would otherwise be called again).
    /// </summary>
    public MethodBinding? DirectorBase { get; init; }

    /// <summary>A protected C++ member, callable only through a director: on another object the C# member throws.</summary>
    public bool DirectorOnly { get; init; }

    /// <summary>C# <c>new</c> modifier: the method hides a wrapped base member with the same signature.</summary>
    public bool HidesBaseMember { get; init; }

    public required LockPolicy Lock { get; init; }

    /// <summary>What makes this a trivial accessor: the ITK macro that declared it (see <see cref="TrivialAccessors"/>), or <c>field</c>; else null.</summary>
    public string? AccessorMacro { get; init; }

    public IReadOnlyList<string> Documentation { get; init; } = [];

    public bool ReleasesLock => Lock == LockPolicy.Releases;

    /// <summary>The C++ name inside a C# string literal (a literal operator's name holds quotes: <c>operator""_km</c>).</summary>
    private string CppNameInString => CppName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    // C#: the wrapper's parts, in the order the template lays them out.
    public string CsModifiers => $"{AccessKeyword} {(IsStatic ? "static " : string.Empty)}{(HidesBaseMember ? "new " : string.Empty)}{(CsVirtual ? "virtual " : string.Empty)}";

    /// <summary>For a member with a <see cref="DirectorBase"/>: the lines that hand a director object's call to it.</summary>
    public IReadOnlyList<string> CsDirectorDispatch => DirectorBase is not { } baseCall
        ? DirectorOnly
            ?
            [
                "if (!_isDirector)",
                "{",
                $"    throw new InvalidOperationException(\"{CppNameInString} is protected in C++: only an object made by {HostCsName}'s own constructor (a director) can call it.\");",
                "}",
            ]
            : []
        :
        [
            "if (_isDirector)",
            "{",
            $"    {(Return.IsVoid ? string.Empty : "return ")}{baseCall.CsName}({string.Join(", ", Parameters.Select(p => p.Name))});",
            .. Return.IsVoid ? new[] { "    return;" } : [],
            "}",
        ];

    public string CsParameterList => string.Join(", ", Parameters.Select(p => p.CsDeclaration));

    public IEnumerable<string> CsChecks => Parameters.SelectMany(p => p.Crossing.CsChecks);

    public IEnumerable<string> CsLocals => Parameters.SelectMany(p => p.Crossing.CsLocals).Concat(Return.CsLocals);

    public IEnumerable<string> CsPins => Parameters.SelectMany(p => p.Crossing.CsPins).Concat(Return.CsPins);

    /// <summary>
    /// The <c>using</c> head around the native call: the lock policy, written once here. The runtime's scope also
    /// marks the call for callbacks and turns its error into an exception when it ends.
    /// </summary>
    public string CsScope
    {
        get
        {
            var policy = Lock switch
            {
                LockPolicy.Holds => "Hold",
                LockPolicy.Keeps => "Keep",
                _ => "Release",
            };
            // The metrics' tags: module, the proxy (its type for static members) and the C++ member.
            var self = IsStatic ? $"typeof({HostCsName})" : "this";
            return $"using (var {Names.CsCall} = NativeCall.{policy}(\"{ModuleName}\", {self}, \"{CppNameInString}\"))";
        }
    }

    public string CsCall =>
        $"{Return.CsAssign}{NativeClass}.{NativeName}({string.Join(", ", (IsStatic ? [] : new[] { "Handle" }).Concat(Parameters.SelectMany(p => p.Crossing.CsArguments)).Concat(Return.CsArguments).Append($"{Names.CsCall}.Error"))});";

    public IEnumerable<string> CsAfter => Parameters.SelectMany(p => p.Crossing.CsAfter);

    public string CsImportAttributes => Parameters.Any(p => p.Crossing.UsesStrings) ? "LibraryName, StringMarshalling = StringMarshalling.Utf8" : "LibraryName";

    public string CsInteropParameterList => string.Join(", ",
        (IsStatic ? [] : new[] { $"NativeObjectHandle {Names.CsSelf}" }).Concat(Parameters.SelectMany(p => p.Crossing.CsInteropParameters)).Concat(Return.CsInteropParameters).Append($"NativeError** {Names.CsError}"));

    // C++: the shim entry point's parts.
    public string CppParameterList => string.Join(", ",
        (IsStatic ? [] : new[] { $"{CppSelfType} {Names.CppSelf}" }).Concat(Parameters.SelectMany(p => p.Crossing.CppParameters)).Concat(Return.CppParameters).Append($"ibg_error ** {Names.CppError}"));

    /// <summary>The statements inside the shim's <c>try</c>: values built, the call, values handed back.</summary>
    public IEnumerable<string> CppBody => Parameters.SelectMany(p => p.Crossing.CppBefore).Concat(Return.CppStatements);

    /// <summary>The C# parameter types, the key that decides whether two overloads collide.</summary>
    public string Signature => $"{CsName}({string.Join(", ", Parameters.Select(p => p.Crossing.CsType))})";
}
