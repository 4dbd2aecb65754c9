namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// How one value crosses the other way, from a director's C++ override into the C# override it calls and, for a
/// result, back: the C ABI type on each side and the conversion at each end.
/// </summary>
/// <param name="CppAbiType">The type in the C++ function pointer.</param>
/// <param name="CsAbiType">The type in the C# trampoline's signature.</param>
/// <param name="CsType">The managed type the C# override sees (for parameters) or returns.</param>
public sealed record DirectorCrossing(string CppAbiType, string CsAbiType, string CsType)
{
    /// <summary>Nothing crosses: a <c>void</c> result.</summary>
    public bool IsVoid { get; init; }

    /// <summary>C++ value to the ABI (an argument the director passes).</summary>
    public Func<string, string> CppToAbi { get; init; } = value => value;

    /// <summary>ABI to the managed value (what the trampoline hands the override).</summary>
    public Func<string, string> AbiToCs { get; init; } = value => value;

    /// <summary>Managed result to the ABI (what the trampoline returns).</summary>
    public Func<string, string> CsToAbi { get; init; } = value => value;

    /// <summary>ABI result to the C++ value the director returns.</summary>
    public Func<string, string> AbiToCpp { get; init; } = value => value;
}
