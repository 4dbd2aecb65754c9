using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// Turns errors reported by native code into .NET exceptions, and carries exceptions thrown by callback
/// handlers back to the thread that made the native call.
/// </summary>
/// <remarks>
/// Generated code does not call these itself: <see cref="NativeCall"/> converts and frees a native error when the
/// call's scope ends, after the binding lock is back in its prior state.
/// </remarks>
public static class NativeErrors
{
    /// <summary>
    /// Converts a native error into the matching .NET exception (see <see cref="NativeErrorKind"/>) without
    /// freeing it. A callback exception still pending on this thread becomes its
    /// <see cref="Exception.InnerException"/>, so it is not left behind for an unrelated later call.
    /// </summary>
    /// <param name="error">The error the shim reported; not null.</param>
    /// <returns>The exception to throw.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static unsafe Exception ToException(NativeError* error)
    {
        if (error == null)
        {
            throw new ArgumentNullException(nameof(error));
        }

        var kind = (NativeErrorKind)error->Kind;
        string? typeName = NativeStrings.FromUtf8(error->TypeName);
        string? message = NativeStrings.FromUtf8(error->Message);
        string? description = NativeStrings.FromUtf8(error->Description);
        var details = new ItkErrorDetails(description, NativeStrings.FromUtf8(error->File), error->Line,
            NativeStrings.FromUtf8(error->Location), typeName, message);
        // A C# override's exception travels through native code by id; a handler's waits on this thread.
        Exception? inner = (kind == NativeErrorKind.ManagedCallback ? Directors.Take(error->ManagedException) : null)
            ?? TakePendingCallbackException()?.SourceException;
        // ITK's what() starts with "file:line:" and the location; a reader wants the description, the rest stays in Details.
        var readable = string.IsNullOrEmpty(description) ? message : description;
        message ??= description;

        return kind switch
        {
            NativeErrorKind.ItkException or NativeErrorKind.ManagedCallback => new ItkException(readable ?? "ITK exception", details, inner),
            NativeErrorKind.ProcessAborted => new ItkProcessAbortedException(readable ?? "The ITK process was aborted.", details, inner),
            NativeErrorKind.OutOfMemory => new OutOfMemoryException(readable ?? "Native code ran out of memory.", inner),
            NativeErrorKind.InvalidArgument => new ItkArgumentException(readable ?? "Invalid argument.", details, inner),
            NativeErrorKind.Range => new ItkRangeException(readable ?? "Value out of range.", details, inner),
            NativeErrorKind.StdException =>
                new NativeException(message ?? typeName ?? "C++ exception", typeName, inner),
            NativeErrorKind.Unknown =>
                new NativeException(message is null ? "unknown C++ exception" : "unknown C++ exception: " + message, typeName, inner),
            _ => new NativeException($"Native error of unknown kind {error->Kind}: {message}", typeName, inner),
        };
    }

    /// <summary>
    /// Throws the .NET exception for <paramref name="error"/> and frees it through its <see cref="NativeError.Release"/>;
    /// with no error, rethrows a pending callback exception (<see cref="ThrowPendingCallbackException"/>).
    /// </summary>
    /// <param name="error">The error the shim reported, or null.</param>
    public static unsafe void ThrowIfError(NativeError* error)
    {
        if (error != null)
        {
            var exception = ToException(error);
            Free(error);
            throw exception;
        }

        ThrowPendingCallbackException();
    }

    /// <summary>Frees an error through its own release function; does nothing for null or a static record.</summary>
    /// <param name="error">The error, or null.</param>
    public static unsafe void Free(NativeError* error)
    {
        if (error != null && error->Release != 0)
        {
            ((delegate* unmanaged<NativeError*, void>)error->Release)(error);
        }
    }

    /// <summary>
    /// Rethrows, with its original stack trace, the first exception a callback handler threw on this thread
    /// during the native call that just returned; does nothing when there is none. Generated code calls it
    /// after every native call that can call back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowPendingCallbackException()
    {
        if (BindingThreadState.CurrentOrNull?.PendingCallbackException is not null)
        {
            ThrowPending();
        }
    }

    /// <summary>Whether a callback exception is waiting on this thread.</summary>
    internal static bool HasPendingCallbackException => BindingThreadState.CurrentOrNull?.PendingCallbackException is not null;

    /// <summary>Stashes a handler's exception for <see cref="ThrowPendingCallbackException"/>; the first one wins.</summary>
    /// <returns><see langword="false"/> when an earlier exception is already waiting (this one is dropped).</returns>
    internal static bool StashCallbackException(Exception exception)
    {
        var state = BindingThreadState.Current;
        if (state.PendingCallbackException is not null)
        {
            return false;
        }

        state.PendingCallbackException = ExceptionDispatchInfo.Capture(exception);
        return true;
    }

    private static ExceptionDispatchInfo? TakePendingCallbackException()
    {
        var state = BindingThreadState.CurrentOrNull;
        if (state is null)
        {
            return null;
        }

        var pending = state.PendingCallbackException;
        state.PendingCallbackException = null;
        return pending;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowPending() => TakePendingCallbackException()?.Throw();
}
