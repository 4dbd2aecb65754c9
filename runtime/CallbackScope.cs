namespace ItkBindGen.Runtime;

/// <summary>
/// The binding lock held for a callback handler, taken by <see cref="BindingLock.AcquireForCallback"/>;
/// disposing it releases that level. Dispose it exactly once, on the thread that acquired it.
/// </summary>
public readonly struct CallbackScope : IDisposable
{
    // Null in default(CallbackScope), which was never entered.
    private readonly BindingThreadState? _state;

    internal CallbackScope(BindingThreadState state) => _state = state;

    /// <summary>Releases the level of the lock this scope took.</summary>
    public void Dispose()
    {
        if (_state is not null)
        {
            BindingLock.Exit(_state);
        }
    }
}
