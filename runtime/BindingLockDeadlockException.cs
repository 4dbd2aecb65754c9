namespace ItkBindGen.Runtime;

/// <summary>
/// Thrown by <see cref="BindingLock.AcquireForCallback"/> when a callback cannot get the binding lock
/// because its owner holds it for the length of a native call (<see cref="BindingLock.HoldForNativeCall"/>),
/// which is probably waiting for the callback's own thread: waiting longer would hang both threads.
/// </summary>
public sealed class BindingLockDeadlockException : InvalidOperationException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public BindingLockDeadlockException()
        : base("A callback could not acquire the binding lock because its owner is inside a native call.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message.</param>
    public BindingLockDeadlockException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BindingLockDeadlockException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception describing which threads are involved.</summary>
    /// <param name="callbackThreadId">Managed id of the thread running the callback.</param>
    /// <param name="ownerThreadId">Managed id of the thread that holds the lock.</param>
    /// <param name="waited">How long the callback waited.</param>
    public BindingLockDeadlockException(int callbackThreadId, int ownerThreadId, TimeSpan waited)
        : base(
            $"A callback on thread {callbackThreadId} needs the binding lock, which thread {ownerThreadId} holds " +
            $"for the length of a native call (waited {waited.TotalMilliseconds:0} ms). The native call is probably " +
            "waiting for this callback's thread, so waiting longer would hang both. Generate the binding with " +
            "-threads or mark the call %thread in the interface file so the lock is released around it.")
    {
        CallbackThreadId = callbackThreadId;
        OwnerThreadId = ownerThreadId;
        Waited = waited;
    }

    /// <summary>Managed id of the thread running the callback (0 when unknown).</summary>
    public int CallbackThreadId { get; }

    /// <summary>Managed id of the thread holding the lock for a native call (0 when unknown).</summary>
    public int OwnerThreadId { get; }

    /// <summary>How long the callback waited before giving up.</summary>
    public TimeSpan Waited { get; }
}
