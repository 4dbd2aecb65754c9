namespace ItkBindGen.Runtime;

/// <summary>
/// The binding lock given up by <see cref="BindingLock.Release"/>; disposing it reacquires the lock with the
/// depth the thread had. Empty (and free to dispose) when the thread did not hold the lock.
/// Dispose it exactly once, on the thread that created it.
/// </summary>
public readonly struct ReleaseScope : IDisposable
{
    // Null when nothing was released.
    private readonly BindingThreadState? _state;
    private readonly int _depth;
    private readonly int _holdDepth;

    internal ReleaseScope(BindingThreadState state, int depth, int holdDepth)
    {
        _state = state;
        _depth = depth;
        _holdDepth = holdDepth;
    }

    /// <summary>Whether the scope actually released the lock (the thread held it).</summary>
    public bool Released => _state is not null;

    /// <summary>Reacquires the lock with the saved depth, if the scope released it.</summary>
    public void Dispose()
    {
        if (_state is not null)
        {
            BindingLock.Reacquire(_state, _depth, _holdDepth);
        }
    }
}
