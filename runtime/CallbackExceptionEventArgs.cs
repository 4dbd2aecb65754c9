namespace ItkBindGen.Runtime;

/// <summary>
/// Data of <see cref="NativeCallbacks.UnhandledCallbackException"/>: a callback handler threw on a thread
/// with no wrapped native call to return the exception to.
/// </summary>
public sealed class CallbackExceptionEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="exception">What the handler threw.</param>
    /// <param name="kind">The event being handled.</param>
    /// <param name="threadId">Managed id of the thread the handler ran on.</param>
    public CallbackExceptionEventArgs(Exception exception, ItkEventKind kind, int threadId)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Exception = exception;
        Kind = kind;
        ThreadId = threadId;
    }

    /// <summary>What the handler threw (or <see cref="BindingLockDeadlockException"/> if it never ran).</summary>
    public Exception Exception { get; }

    /// <summary>The event being handled.</summary>
    public ItkEventKind Kind { get; }

    /// <summary>Managed id of the thread the handler ran on.</summary>
    public int ThreadId { get; }
}
