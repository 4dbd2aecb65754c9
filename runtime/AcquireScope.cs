namespace ItkBindGen.Runtime;

/// <summary>
/// One level of the binding lock, taken by <see cref="BindingLock.Acquire"/>; disposing it releases that level.
/// Dispose it exactly once, on the thread that acquired it (a <c>using</c> statement does both).
/// </summary>
public readonly struct AcquireScope : IDisposable
{
    // Null in default(AcquireScope), which was never entered.
    private readonly BindingThreadState? _state;

    internal AcquireScope(BindingThreadState state) => _state = state;

    /// <summary>Releases the level of the lock this scope took.</summary>
    public void Dispose()
    {
        if (_state is not null)
        {
            BindingLock.Exit(_state);
        }
    }
}
