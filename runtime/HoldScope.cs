namespace ItkBindGen.Runtime;

/// <summary>
/// The binding lock held for the length of a native call, taken by <see cref="BindingLock.HoldForNativeCall"/>;
/// disposing it ends the call and releases that level of the lock. Dispose it exactly once, on the thread
/// that created it.
/// </summary>
public readonly struct HoldScope : IDisposable
{
    // Null in default(HoldScope), which was never entered.
    private readonly BindingThreadState? _state;

    // 0: nobody listens to the meter; otherwise the start timestamp + 1.
    private readonly long _start;

    internal HoldScope(BindingThreadState state, long start)
    {
        _state = state;
        _start = start;
    }

    /// <summary>Ends the native call and releases the level of the lock this scope took.</summary>
    public void Dispose()
    {
        if (_state is null)
        {
            return;
        }

        BindingLock.EndHold(_state);
        if (_start != 0)
        {
            RuntimeTelemetry.RecordHold(_start);
        }
    }
}
