namespace ItkBindGen.Binding;

/// <summary>One wrapped C++ call: a method, a static member function or a free function.</summary>
public sealed record MethodBinding
{
    /// <summary>The C++ name as declared.</summary>
    public required string CppName { get; init; }

    /// <summary>The C++ class that declares it (empty for free functions); %rename, %ignore and thread directives name it.</summary>
    public required string DeclaringClass { get; init; }

    public required string CsName { get; init; }

    /// <summary>The extern "C" entry point in the shim, unique in the module.</summary>
    public required string NativeName { get; init; }

    public required TypeBinding ReturnType { get; init; }

    public required IReadOnlyList<ParameterBinding> Parameters { get; init; }

    public bool IsStatic { get; init; }

    public bool IsConst { get; init; }

    public bool IsVirtual { get; init; }

    /// <summary>C# <c>new</c> modifier: the method hides a wrapped base member with the same signature.</summary>
    public bool HidesBaseMember { get; init; }

    /// <summary>True when the binding lock is released around the native call (<c>-threads</c> or <c>%thread</c>).</summary>
    public bool ReleasesLock { get; init; }

    /// <summary>Whether the native call may raise events into C# (a non-const method of an itk::Object).</summary>
    public bool CanCallBack { get; init; }

    public IReadOnlyList<string> Documentation { get; init; } = [];

    /// <summary>What the shim calls: <c>ibg::as&lt;Class&gt;(self)-&gt;Method</c>, <c>Class::Method</c> or <c>ns::Function</c>.</summary>
    public required string CppCallee { get; init; }

    public bool UsesStrings => Parameters.Any(p => p.Type.Kind == TypeKind.String);

    /// <summary>The C# parameter list as declared: <c>double value, int count = 1</c>.</summary>
    public string CsParameterList =>
        string.Join(", ", Parameters.Select(p => $"{p.Type.CsType} {p.Name}{(p.DefaultValue is null ? string.Empty : " = " + p.DefaultValue)}"));

    /// <summary>The C# parameter types, the key that decides whether two overloads collide.</summary>
    public string Signature => $"{CsName}({string.Join(", ", Parameters.Select(p => p.Type.CsType))})";
}
