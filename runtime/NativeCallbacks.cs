using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// The trampolines native observers call into: <see cref="InvokeFunction"/> runs a managed
/// <see cref="ItkEventHandler"/> under the binding lock, <see cref="ReleaseFunction"/> lets it go when the
/// native command is destroyed. A context is a <see cref="GCHandle"/> to the handler.
/// </summary>
/// <remarks>
/// <para>
/// A handler's exception never unwinds into native code. The trampoline catches it and, when the handler ran
/// on a thread inside a wrapped native call (a <see cref="NativeCall"/> scope, a <see cref="BindingLock.HoldForNativeCall"/>
/// scope, or a <see cref="BindingLock.Release"/> scope that released the lock), keeps it for <see cref="NativeErrors.ThrowPendingCallbackException"/>, which rethrows it with its original
/// stack when the call returns; only the first one per call is kept, later ones are dropped, as the first
/// usually explains the rest. Otherwise (a native worker thread) it raises <see cref="UnhandledCallbackException"/>,
/// or writes it to standard error when nobody listens. A callback that gives up on a deadlock
/// (<see cref="BindingLockDeadlockException"/>) is reported the same way and its handler is skipped.
/// </para>
/// <para>
/// The release trampoline never takes the binding lock: native code may destroy the command on any thread,
/// including the finalizer thread.
/// </para>
/// </remarks>
public static class NativeCallbacks
{
    /// <summary>
    /// Address of the invoke trampoline, a <c>delegate* unmanaged&lt;nint context, int eventKind, double progress, void&gt;</c>.
    /// </summary>
    public static unsafe nint InvokeFunction => (nint)(delegate* unmanaged<nint, int, double, void>)&Invoke;

    /// <summary>
    /// Address of the release trampoline, a <c>delegate* unmanaged&lt;nint context, void&gt;</c>; frees the context.
    /// </summary>
    public static unsafe nint ReleaseFunction => (nint)(delegate* unmanaged<nint, void>)&ReleaseContext;

    /// <summary>
    /// Raised when a callback handler threw on a thread with no wrapped native call to return the exception to.
    /// Handlers run on that thread, without the binding lock; their own exceptions are written to standard error.
    /// </summary>
    public static event EventHandler<CallbackExceptionEventArgs>? UnhandledCallbackException;

    /// <summary>
    /// Makes a context for <paramref name="handler"/> to pass, with <see cref="InvokeFunction"/> and
    /// <see cref="ReleaseFunction"/>, to the shim's <c>AddObserver</c>. From that call on native code owns the context,
    /// whether the call succeeds or throws, and gives it back through <see cref="ReleaseFunction"/> exactly once: there
    /// is nothing for the caller to free.
    /// </summary>
    /// <param name="handler">The handler to run for each event.</param>
    /// <returns>The context.</returns>
    public static nint Register(ItkEventHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return GCHandle.ToIntPtr(GCHandle.Alloc(handler));
    }

    [UnmanagedCallersOnly]
    private static void Invoke(nint context, int eventKind, double progress)
    {
        try
        {
            var handler = (ItkEventHandler)GCHandle.FromIntPtr(context).Target!;
            var kind = (ItkEventKind)eventKind;
            // A hold is timed only where the callback takes the lock, not where its thread already holds it.
            long start = RuntimeTelemetry.CallbackStart(kind, timesHold: BindingThreadState.Current.Depth == 0);
            using (BindingLock.AcquireForCallback())
            {
                handler(kind, progress);
            }
            if (start != 0)
            {
                RuntimeTelemetry.RecordCallbackHold(start, kind);
            }
        }
        catch (Exception exception)
        {
            ReportHandlerException(exception, (ItkEventKind)eventKind);
        }
    }

    [UnmanagedCallersOnly]
    private static void ReleaseContext(nint context)
    {
        try
        {
            if (context != 0)
            {
                GCHandle.FromIntPtr(context).Free();
            }
        }
        catch (Exception exception)
        {
            // Only a corrupt context gets here; unwinding into native code would be worse than reporting it.
            WriteToStandardError(exception, "releasing a native callback context");
        }
    }

    private static void ReportHandlerException(Exception exception, ItkEventKind kind)
    {
        if (BindingLock.IsInNativeCall)
        {
            NativeErrors.StashCallbackException(exception);
            return;
        }

        var listeners = UnhandledCallbackException;
        if (listeners is null)
        {
            WriteToStandardError(exception, $"an ITK {kind} event handler");
            return;
        }

        try
        {
            listeners(null, new CallbackExceptionEventArgs(exception, kind, Environment.CurrentManagedThreadId));
        }
        catch (Exception listenerException)
        {
            WriteToStandardError(listenerException, "an UnhandledCallbackException listener");
        }
    }

    private static void WriteToStandardError(Exception exception, string where)
    {
        try
        {
            Console.Error.WriteLine($"ItkBindGen: unhandled exception in {where} on thread {Environment.CurrentManagedThreadId}: {exception}");
        }
        catch (Exception)
        {
            // Nowhere left to report it, and it must not reach native code.
        }
    }
}
