using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// The process-wide, reentrant binding lock: the counterpart of Python's GIL for the generated bindings.
/// Without <c>-threads</c> generated code holds it for every native call; with <c>-threads</c> it releases it around
/// the call; native-to-managed callbacks take it around the managed handler (<see cref="AcquireForCallback"/>).
/// Generated code does both through <see cref="NativeCall"/>; <see cref="Release"/> and <see cref="HoldForNativeCall"/>
/// are the same lock paths for code of one's own.
/// </summary>
/// <remarks>
/// <para>
/// Cost model. A thread's depth lives in its <see cref="BindingThreadState"/>, one thread-static read a call, so
/// <see cref="Release"/> when the thread does not hold the lock (the common <c>-threads</c> case) is that read and
/// returns an empty scope; a reentrant acquisition is that read and one write. Only the outermost acquisition and the
/// final exit reach the lock: the default <see cref="System.Threading.Lock"/>, called directly, or the provider a host
/// installed (<see cref="SetProvider"/>). A native call made holding the lock also publishes the thread's id in one
/// shared field, which is what callbacks on other threads read to detect a deadlock, and, only while someone listens
/// to the <c>ItkBindGen.Runtime</c> meter, reads the clock twice.
/// </para>
/// <para>
/// Finalizers and native release callbacks never take this lock (see <see cref="NativeObjectHandle"/>),
/// so a finalizer cannot deadlock against a thread that holds it.
/// </para>
/// <para>
/// Without <c>-threads</c> generated code holds the lock around each native call, with it the code releases it:
/// compare <c>tests/Generator.Tests/Snapshots/GenerateTests.ItkCore/MedianImageFilterF2.verified.cs</c> with the same
/// file in <c>GenerateTests.ItkCore_threads</c>.
/// </para>
/// </remarks>
public static partial class BindingLock
{
    // The default lock, entered directly while no host provider is installed.
    private static readonly Lock s_lock = new();

    // What Provider reports while the default lock is in use.
    private static readonly DefaultBindingLockProvider s_defaultProvider = new(s_lock);

    // A host's provider; null while the default lock is in use.
    private static IBindingLockProvider? s_customProvider;

    // The managed thread id of the thread that holds the lock for a native call, else 0. Written only by the thread
    // that holds the lock; read by callbacks waiting for it (BindingLock.Callbacks.cs).
    private static int s_nativeCallOwner;

    private static readonly Lock s_providerGate = new();

    /// <summary>Whether the current thread holds the binding lock.</summary>
    public static bool IsHeldByCurrentThread
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => BindingThreadState.CurrentOrNull is { Depth: > 0 };
    }

    /// <summary>The current thread's reentrancy depth (0 when it does not hold the lock).</summary>
    public static int CurrentDepth => BindingThreadState.CurrentOrNull?.Depth ?? 0;

    /// <summary>The installed lock provider (a <see cref="DefaultBindingLockProvider"/> unless a host installed one).</summary>
    public static IBindingLockProvider Provider => Volatile.Read(ref s_customProvider) ?? s_defaultProvider;

    /// <summary>
    /// Installs the lock that the binding lock uses from now on, for example a host's GIL. Passing the provider that
    /// <see cref="Provider"/> reported before any was installed goes back to the default lock.
    /// </summary>
    /// <param name="provider">The new provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A thread holds the current lock.</exception>
    public static void SetProvider(IBindingLockProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        lock (s_providerGate)
        {
            if (IsHeldByCurrentThread)
            {
                throw new InvalidOperationException(
                    "The binding lock provider cannot be replaced while the current thread holds the binding lock.");
            }

            // Holding the old lock while swapping: a thread that enters it afterwards sees the new provider
            // and moves over (see EnterOutermost), so no thread is left holding a lock nobody else uses.
            var current = Volatile.Read(ref s_customProvider);
            if (!(current is null ? s_lock.TryEnter() : current.TryEnter(TimeSpan.Zero)))
            {
                throw new InvalidOperationException(
                    "The binding lock provider cannot be replaced while another thread holds the binding lock.");
            }

            try
            {
                Volatile.Write(ref s_customProvider, ReferenceEquals(provider, s_defaultProvider) ? null : provider);
            }
            finally
            {
                if (current is null)
                {
                    s_lock.Exit();
                }
                else
                {
                    current.Exit();
                }
            }
        }
    }

    /// <summary>
    /// Acquires the binding lock for the current thread; reentrant. Dispose the scope to release it.
    /// </summary>
    /// <returns>A scope that releases one level of the lock when disposed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static AcquireScope Acquire()
    {
        var state = BindingThreadState.Current;
        Enter(state);
        return new AcquireScope(state);
    }

    /// <summary>
    /// If the current thread holds the binding lock, releases it completely until the scope is disposed,
    /// which reacquires it with the same depth; meanwhile callbacks on this thread report to the caller as from a
    /// native call. If the thread does not hold it, does nothing: one thread-static read.
    /// </summary>
    /// <returns>A scope that restores the lock when disposed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReleaseScope Release()
    {
        var state = BindingThreadState.CurrentOrNull;
        return state is null || state.Depth == 0 ? default : ReleaseHeld(state);
    }

    /// <summary>
    /// Acquires the binding lock (reentrant) and marks the current thread as inside a native call that holds it,
    /// until the scope is disposed. The mark lets <see cref="AcquireForCallback"/> on another thread fail fast instead
    /// of deadlocking, and lets callback exceptions on this thread reach
    /// <see cref="NativeErrors.ThrowPendingCallbackException"/>.
    /// </summary>
    /// <returns>A scope that ends the native call and releases one level of the lock when disposed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HoldScope HoldForNativeCall()
    {
        var state = BindingThreadState.Current;
        BeginHold(state);
        return new HoldScope(state, RuntimeTelemetry.HoldStart());
    }

    /// <summary>Whether the current thread is inside a wrapped native call that callbacks report to.</summary>
    internal static bool IsInNativeCall => BindingThreadState.CurrentOrNull?.IsInNativeCall ?? false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Enter(BindingThreadState state)
    {
        if (state.Depth > 0)
        {
            state.Depth++;
        }
        else
        {
            EnterOutermost(state);
        }
    }

    /// <summary>Releases one level of the lock; called by the scopes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Exit(BindingThreadState state)
    {
        if (state.Depth > 1)
        {
            state.Depth--;
        }
        else
        {
            ExitOutermost(state);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void BeginHold(BindingThreadState state)
    {
        Enter(state);
        if (state.HoldDepth++ == 0)
        {
            Volatile.Write(ref s_nativeCallOwner, state.ThreadId);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void EndHold(BindingThreadState state)
    {
        if (--state.HoldDepth == 0)
        {
            Volatile.Write(ref s_nativeCallOwner, 0);
        }

        Exit(state);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnterOutermost(BindingThreadState state)
    {
        while (true)
        {
            var custom = Volatile.Read(ref s_customProvider);
            if (custom is null)
            {
                s_lock.Enter();
                if (Volatile.Read(ref s_customProvider) is null)
                {
                    state.Depth = 1;
                    return;
                }

                s_lock.Exit();
            }
            else
            {
                custom.Enter();
                if (ReferenceEquals(custom, Volatile.Read(ref s_customProvider)))
                {
                    state.EnteredProvider = custom;
                    state.Depth = 1;
                    return;
                }

                // SetProvider swapped providers while this thread waited: the old lock no longer guards anything.
                custom.Exit();
            }
        }
    }

    /// <summary>Takes the lock for a thread whose depth is 0, waiting at most <paramref name="timeout"/>.</summary>
    private static bool TryEnterOutermost(BindingThreadState state, TimeSpan timeout)
    {
        var custom = Volatile.Read(ref s_customProvider);
        if (custom is null)
        {
            if (!s_lock.TryEnter(timeout))
            {
                return false;
            }

            if (Volatile.Read(ref s_customProvider) is null)
            {
                state.Depth = 1;
                return true;
            }

            s_lock.Exit();
            return false;
        }

        if (!custom.TryEnter(timeout))
        {
            return false;
        }

        if (ReferenceEquals(custom, Volatile.Read(ref s_customProvider)))
        {
            state.EnteredProvider = custom;
            state.Depth = 1;
            return true;
        }

        custom.Exit();
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExitOutermost(BindingThreadState state)
    {
        if (state.Depth != 1)
        {
            throw new SynchronizationLockException(
                "The binding lock was released by a thread that does not hold it (a scope was disposed twice or on another thread).");
        }

        state.Depth = 0;
        ExitLock(state);
    }

    private static void ExitLock(BindingThreadState state)
    {
        var custom = state.EnteredProvider;
        if (custom is null)
        {
            s_lock.Exit();
        }
        else
        {
            state.EnteredProvider = null;
            custom.Exit();
        }
    }

    /// <summary>Gives up a held lock completely for a native call; <see cref="Reacquire"/> restores it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static ReleaseScope ReleaseHeld(BindingThreadState state)
    {
        int depth = state.Depth;
        int holdDepth = state.HoldDepth;
        state.Depth = 0;
        state.HoldDepth = 0;
        state.CallDepth++;
        if (holdDepth > 0)
        {
            Volatile.Write(ref s_nativeCallOwner, 0);
        }

        ExitLock(state);
        return new ReleaseScope(state, depth, holdDepth);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Reacquire(BindingThreadState state, int depth, int holdDepth)
    {
        state.CallDepth--;
        if (state.Depth != 0)
        {
            throw new SynchronizationLockException(
                "The binding lock was still held when a Release scope ended: an Acquire scope inside it was not disposed.");
        }

        // The default lock inline, as EnterOutermost would take it: this is the hot half of every -threads call
        // made with the lock held.
        if (Volatile.Read(ref s_customProvider) is null)
        {
            s_lock.Enter();
            if (Volatile.Read(ref s_customProvider) is not null)
            {
                s_lock.Exit();
                EnterOutermost(state);
            }
        }
        else
        {
            EnterOutermost(state);
        }

        state.Depth = depth;
        state.HoldDepth = holdDepth;
        if (holdDepth > 0)
        {
            Volatile.Write(ref s_nativeCallOwner, state.ThreadId);
        }
    }
}
