namespace ItkBindGen.Runtime;

/// <summary>
/// The binding lock held for the length of a native call, taken by <see cref="BindingLock.HoldForNativeCall"/>;
/// disposing it ends the call and releases that level of the lock. Dispose it exactly once, on the thread
/// that created it.
/// </summary>
public readonly struct HoldScope : IDisposable
{
    // 0: default(HoldScope), never entered; 1: entered, nobody listens; otherwise start timestamp + 1.
    private readonly long _start;

    internal HoldScope(long start) => _start = start;

    /// <summary>Ends the native call and releases the level of the lock this scope took.</summary>
    public void Dispose()
    {
        if (_start == 0)
        {
            return;
        }

        BindingLock.EndHold();
        if (_start > 1)
        {
            BindingLockTelemetry.RecordHold(_start - 1);
        }
    }
}
