namespace ItkBindGen.Runtime;

/// <summary>
/// Marks the current thread as making a wrapped native call, from <see cref="NativeCallbacks.BeginCall"/>,
/// so exceptions of callback handlers run on this thread wait for
/// <see cref="NativeErrors.ThrowPendingCallbackException"/>. Dispose it exactly once, on the same thread.
/// </summary>
public readonly struct NativeCallScope : IDisposable
{
    private readonly bool _entered;

    internal NativeCallScope(bool entered) => _entered = entered;

    /// <summary>Ends the mark.</summary>
    public void Dispose()
    {
        if (_entered)
        {
            BindingLock.ExitNativeCall();
        }
    }
}
