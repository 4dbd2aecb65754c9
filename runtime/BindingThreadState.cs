using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// All the runtime keeps about one thread's use of the bindings, in one object, so a call reads one thread-static:
/// its binding lock depth, its native calls in progress, the callback exception waiting for the call that returns,
/// and the slot native code reports an error through.
/// </summary>
internal sealed unsafe class BindingThreadState
{
    [ThreadStatic]
    private static BindingThreadState? t_current;

    /// <summary>Reentrancy depth of the binding lock on this thread (0: not held).</summary>
    internal int Depth;

    /// <summary>Nesting of native calls made holding the lock (<see cref="NativeCall.Hold()"/>, <see cref="BindingLock.HoldForNativeCall"/>).</summary>
    internal int HoldDepth;

    /// <summary>Native calls in progress on this thread that did not take the lock for themselves
    /// (<see cref="NativeCall.Release()"/>, <see cref="NativeCall.Keep()"/>, a <see cref="BindingLock.Release"/> that gave it up).</summary>
    internal int CallDepth;

    /// <summary>The custom provider this thread entered; null while it holds the default lock or none.</summary>
    internal IBindingLockProvider? EnteredProvider;

    /// <summary>The first exception a callback handler threw during the native call in progress.</summary>
    internal ExceptionDispatchInfo? PendingCallbackException;

    /// <summary>What <see cref="BindingLock"/> publishes while this thread holds the lock for a native call.</summary>
    internal readonly int ThreadId = Environment.CurrentManagedThreadId;

    /// <summary>
    /// Where the shim writes the error of a failed call (<c>ibg_error **</c>). One a thread is enough: a call
    /// nested inside another (from a callback) ends, and empties the slot, before the outer native call writes it.
    /// </summary>
    internal readonly NativeError** ErrorSlot = (NativeError**)NativeMemory.AllocZeroed((nuint)sizeof(NativeError*));

    private BindingThreadState()
    {
    }

    // The thread is gone and nothing references the state: give the slot back.
    ~BindingThreadState() => NativeMemory.Free(ErrorSlot);

    /// <summary>The current thread's state, created on its first wrapped call.</summary>
    internal static BindingThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ?? Create();
    }

    /// <summary>The current thread's state, or null before its first wrapped call.</summary>
    internal static BindingThreadState? CurrentOrNull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current;
    }

    /// <summary>Whether the thread is inside a wrapped native call that callbacks report to.</summary>
    internal bool IsInNativeCall => HoldDepth > 0 || CallDepth > 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BindingThreadState Create() => t_current = new BindingThreadState();
}
