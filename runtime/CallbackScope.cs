namespace ItkBindGen.Runtime;

/// <summary>
/// The binding lock held for a callback handler, taken by <see cref="BindingLock.AcquireForCallback"/>;
/// disposing it releases that level. Dispose it exactly once, on the thread that acquired it.
/// </summary>
public readonly struct CallbackScope : IDisposable
{
    private readonly bool _entered;

    internal CallbackScope(bool entered) => _entered = entered;

    /// <summary>Releases the level of the lock this scope took.</summary>
    public void Dispose()
    {
        if (_entered)
        {
            BindingLock.Exit();
        }
    }
}
