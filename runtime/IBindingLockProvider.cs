namespace ItkBindGen.Runtime;

/// <summary>
/// The lock behind <see cref="BindingLock"/>. A host with its own big lock (for example an embedded
/// Python interpreter's GIL) implements this and installs it with <see cref="BindingLock.SetProvider"/>;
/// generated code then acquires and releases the host's lock instead of the default one.
/// </summary>
/// <remarks>
/// <see cref="BindingLock"/> counts reentrancy itself: a thread calls <see cref="Enter"/> (or a successful
/// <see cref="TryEnter"/>) only when its depth goes from 0 to 1 and <see cref="Exit"/> only when it goes
/// back to 0, so a provider need not be reentrant. <see cref="BindingLock.Release"/> saves the depth,
/// calls <see cref="Exit"/> once and later calls <see cref="Enter"/> once, restoring the depth.
/// The methods must be callable from any thread, including threads created by native code.
/// </remarks>
public interface IBindingLockProvider
{
    /// <summary>Blocks until the calling thread owns the lock.</summary>
    void Enter();

    /// <summary>Tries to take the lock, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see cref="TimeSpan.Zero"/> does not wait.</param>
    /// <returns><see langword="true"/> if the calling thread now owns the lock.</returns>
    bool TryEnter(TimeSpan timeout);

    /// <summary>Releases the lock, which the calling thread owns.</summary>
    void Exit();

    /// <summary>Whether the calling thread owns the lock, as far as the provider knows.</summary>
    bool IsHeldByCurrentThread { get; }
}
