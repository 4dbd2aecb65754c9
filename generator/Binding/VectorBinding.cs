namespace ItkBindGen.Binding;

/// <summary>
/// What a <c>%template(Name) std::vector&lt;T&gt;</c> proxy adds to its class: the C# collection (<c>IList&lt;T&gt;</c>,
/// <c>IReadOnlyList&lt;T&gt;</c>) over the private native calls below, which are ordinary entry points of the class.
/// </summary>
public sealed record VectorBinding
{
    /// <summary>The element as C# sees it: <c>int</c>, <c>string</c>, a proxy (<c>Shape?</c> for a pointer, which may be null).</summary>
    public required string CsElementType { get; init; }

    /// <summary>The C++ vector, for documentation.</summary>
    public required string CppName { get; init; }

    /// <summary>
    /// How an element given to the collection is passed on: a pointer's element type is nullable, the native call's
    /// parameter is not (it throws <c>ArgumentNullException</c>), so the value is passed with <c>!</c>.
    /// </summary>
    public required string CsPassElement { get; init; }

    public required MethodBinding Count { get; init; }

    public required MethodBinding Capacity { get; init; }

    public required MethodBinding Reserve { get; init; }

    public required MethodBinding Get { get; init; }

    public required MethodBinding Set { get; init; }

    public required MethodBinding Add { get; init; }

    public required MethodBinding Insert { get; init; }

    public required MethodBinding RemoveAt { get; init; }

    public required MethodBinding RemoveRange { get; init; }

    public required MethodBinding Clear { get; init; }

    /// <summary>The native search (C++ <c>==</c>); it answers <see cref="NotComparable"/> for an element type without <c>==</c>.</summary>
    public required MethodBinding IndexOf { get; init; }

    /// <summary>The value of <c>ibg::vector::not_comparable</c>.</summary>
    public int NotComparable => -2;

    /// <summary>The interfaces the proxy implements besides its base.</summary>
    public string CsInterfaces => $"IList<{CsElementType}>, IReadOnlyList<{CsElementType}>";

    /// <summary>The calls, in the order the proxy declares them.</summary>
    public IEnumerable<MethodBinding> Calls => [Count, Capacity, Reserve, Get, Set, Add, Insert, RemoveAt, RemoveRange, Clear, IndexOf];
}
