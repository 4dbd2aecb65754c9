namespace ItkBindGen.Runtime;

/// <summary>
/// One level of the binding lock, taken by <see cref="BindingLock.Acquire"/>; disposing it releases that level.
/// Dispose it exactly once, on the thread that acquired it (a <c>using</c> statement does both).
/// </summary>
public readonly struct AcquireScope : IDisposable
{
    private readonly bool _entered;

    internal AcquireScope(bool entered) => _entered = entered;

    /// <summary>Releases the level of the lock this scope took.</summary>
    public void Dispose()
    {
        if (_entered)
        {
            BindingLock.Exit();
        }
    }
}
