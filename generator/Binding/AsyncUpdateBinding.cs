namespace ItkBindGen.Binding;

/// <summary>
/// The asynchronous updates of a process object's proxy (the topmost wrapped class deriving from
/// <c>itk::ProcessObject</c>): each <c>UpdateAsync</c>-style method runs its synchronous twin on the runtime's
/// native-call threads (<c>NativeUpdate.RunAsync</c>), and the two abort-flag calls let cancellation through.
/// </summary>
public sealed record AsyncUpdateBinding
{
    /// <summary>Pairs of the asynchronous method's name and the wrapped synchronous update it runs.</summary>
    public required IReadOnlyList<AsyncUpdateMethod> Methods { get; init; }

    /// <summary>Sets the abort flag; keeps the lock as it is, so it never waits for an update holding it.</summary>
    public required MethodBinding RequestAbort { get; init; }

    /// <summary>Clears the abort flag after a canceled run; keeps the lock as it is.</summary>
    public required MethodBinding ClearAbort { get; init; }
}

/// <summary>One asynchronous update: <c>UpdateAsync</c> over <c>Update</c>.</summary>
/// <param name="CsName">The asynchronous method.</param>
/// <param name="Update">The synchronous update it runs.</param>
public sealed record AsyncUpdateMethod(string CsName, MethodBinding Update);
