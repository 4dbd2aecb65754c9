using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// The process-wide, reentrant binding lock: the counterpart of Python's GIL for the generated bindings.
/// Without <c>-threads</c> generated code holds it for every native call
/// (<see cref="HoldForNativeCall"/>); with <c>-threads</c> it releases it around the call
/// (<see cref="Release"/>); native-to-managed callbacks take it around the managed handler
/// (<see cref="AcquireForCallback"/>).
/// </summary>
/// <remarks>
/// <para>
/// Cost model. Each thread's reentrancy depth lives in a thread-static field, so:
/// <see cref="Release"/> when the thread does not hold the lock (the common <c>-threads</c> case) is one
/// thread-static read and returns an empty scope whose <c>Dispose</c> is a field test;
/// a reentrant <see cref="Acquire"/> or <see cref="AcquireForCallback"/> is one thread-static read and one
/// write; only the outermost acquisition and the final exit reach the provider
/// (<see cref="IBindingLockProvider"/>, by default an uncontended <see cref="System.Threading.Lock"/>)
/// and publish the owner in one shared field. <see cref="HoldForNativeCall"/> adds one more thread-static
/// counter and, only while someone listens to the <c>ItkBindGen.Runtime</c> meter, two timestamp reads.
/// </para>
/// <para>
/// Finalizers and native release callbacks never take this lock (see <see cref="NativeObjectHandle"/>),
/// so a finalizer cannot deadlock against a thread that holds it.
/// </para>
/// <para>
/// Without <c>-threads</c> generated code holds the lock around each native call (<see cref="HoldForNativeCall"/>),
/// with it the code releases it (<see cref="Release"/>): compare
/// <c>tests/Generator.Tests/Snapshots/GenerateTests.ItkCore/MedianImageFilterF2.verified.cs</c> with the same file in
/// <c>GenerateTests.ItkCore_threads</c>.
/// </para>
/// </remarks>
public static partial class BindingLock
{
    // Reentrancy depth of the current thread; the only field the fast paths read.
    [ThreadStatic]
    private static int t_depth;

    // Nesting of HoldForNativeCall scopes on the current thread while it holds the lock.
    [ThreadStatic]
    private static int t_holdDepth;

    // Wrapped native calls in progress on this thread that NativeCallbacks routes handler exceptions to.
    [ThreadStatic]
    private static int t_nativeCallDepth;

    // The provider this thread entered, so a provider swap can never make it exit the wrong lock.
    [ThreadStatic]
    private static IBindingLockProvider? t_provider;

    private static IBindingLockProvider s_provider = new DefaultBindingLockProvider();

    // Owner published for other threads: (managed thread id << 1) | 1 while it is inside HoldForNativeCall.
    // One field so a reader never pairs one owner with another owner's native-call flag.
    private static long s_ownerState;

    private static readonly Lock s_providerGate = new();

    /// <summary>Whether the current thread holds the binding lock.</summary>
    public static bool IsHeldByCurrentThread
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_depth > 0;
    }

    /// <summary>The current thread's reentrancy depth (0 when it does not hold the lock).</summary>
    public static int CurrentDepth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_depth;
    }

    /// <summary>The installed lock provider.</summary>
    public static IBindingLockProvider Provider => Volatile.Read(ref s_provider);

    /// <summary>
    /// Installs the lock that the binding lock uses from now on, for example a host's GIL.
    /// </summary>
    /// <param name="provider">The new provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A thread holds the current lock.</exception>
    public static void SetProvider(IBindingLockProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        lock (s_providerGate)
        {
            if (t_depth > 0)
            {
                throw new InvalidOperationException(
                    "The binding lock provider cannot be replaced while the current thread holds the binding lock.");
            }

            var current = Volatile.Read(ref s_provider);
            // Holding the old lock while swapping: a thread that enters it afterwards sees the new provider
            // and moves over (see EnterOutermost), so no thread is left holding a lock nobody else uses.
            if (!current.TryEnter(TimeSpan.Zero))
            {
                int owner = (int)(Volatile.Read(ref s_ownerState) >> 1);
                throw new InvalidOperationException(
                    $"The binding lock provider cannot be replaced while thread {owner} holds the binding lock.");
            }

            try
            {
                Volatile.Write(ref s_provider, provider);
            }
            finally
            {
                current.Exit();
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
        int depth = t_depth;
        if (depth > 0)
        {
            t_depth = depth + 1;
        }
        else
        {
            EnterOutermost(holdDepth: 0);
        }

        return new AcquireScope(entered: true);
    }

    /// <summary>
    /// If the current thread holds the binding lock, releases it completely until the scope is disposed,
    /// which reacquires it with the same depth. If the thread does not hold it, does nothing; that path
    /// costs one thread-static read.
    /// </summary>
    /// <returns>A scope that restores the lock when disposed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReleaseScope Release()
    {
        int depth = t_depth;
        return depth == 0 ? default : ReleaseHeld(depth);
    }

    /// <summary>
    /// Acquires the binding lock (reentrant) and marks the current thread as inside a native call that
    /// holds it, until the scope is disposed. Generated code without <c>-threads</c> wraps every native call
    /// in this scope; the mark lets <see cref="AcquireForCallback"/> on another thread fail fast instead of
    /// deadlocking, and lets callback exceptions on this thread reach
    /// <see cref="NativeErrors.ThrowPendingCallbackException"/>.
    /// </summary>
    /// <returns>A scope that ends the native call and releases one level of the lock when disposed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HoldScope HoldForNativeCall()
    {
        int depth = t_depth;
        if (depth > 0)
        {
            t_depth = depth + 1;
        }
        else
        {
            EnterOutermost(holdDepth: 0);
        }

        if (++t_holdDepth == 1)
        {
            PublishOwner(inNativeCall: true);
        }

        return new HoldScope(BindingLockTelemetry.StartTimestamp());
    }

    /// <summary>Whether the current thread is inside a wrapped native call that callbacks report to.</summary>
    internal static bool IsInNativeCall => t_holdDepth > 0 || t_nativeCallDepth > 0;

    internal static void EnterNativeCall() => t_nativeCallDepth++;

    internal static void ExitNativeCall() => t_nativeCallDepth--;

    /// <summary>Releases one level of the lock; called by the scopes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Exit()
    {
        int depth = t_depth;
        if (depth > 1)
        {
            t_depth = depth - 1;
        }
        else
        {
            ExitOutermost(depth);
        }
    }

    internal static void EndHold()
    {
        if (--t_holdDepth == 0)
        {
            PublishOwner(inNativeCall: false);
        }

        Exit();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnterOutermost(int holdDepth)
    {
        while (true)
        {
            var provider = Volatile.Read(ref s_provider);
            provider.Enter();
            if (ReferenceEquals(provider, Volatile.Read(ref s_provider)))
            {
                BecomeOwner(provider, depth: 1, holdDepth);
                return;
            }

            // SetProvider swapped providers while this thread waited: the old lock no longer guards anything.
            provider.Exit();
        }
    }

    private static void BecomeOwner(IBindingLockProvider provider, int depth, int holdDepth)
    {
        t_provider = provider;
        t_depth = depth;
        t_holdDepth = holdDepth;
        PublishOwner(inNativeCall: holdDepth > 0);
    }

    private static void PublishOwner(bool inNativeCall) =>
        Volatile.Write(ref s_ownerState, ((long)Environment.CurrentManagedThreadId << 1) | (inNativeCall ? 1L : 0L));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExitOutermost(int depth)
    {
        if (depth != 1)
        {
            throw new SynchronizationLockException(
                "The binding lock was released by a thread that does not hold it (a scope was disposed twice or on another thread).");
        }

        var provider = t_provider!;
        t_provider = null;
        t_depth = 0;
        Volatile.Write(ref s_ownerState, 0);
        provider.Exit();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReleaseScope ReleaseHeld(int depth)
    {
        int holdDepth = t_holdDepth;
        var provider = t_provider!;
        t_provider = null;
        t_depth = 0;
        t_holdDepth = 0;
        t_nativeCallDepth++;
        Volatile.Write(ref s_ownerState, 0);
        provider.Exit();
        return new ReleaseScope(depth, holdDepth);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Reacquire(int depth, int holdDepth)
    {
        t_nativeCallDepth--;
        if (t_depth != 0)
        {
            throw new SynchronizationLockException(
                "The binding lock was still held when a Release scope ended: an Acquire scope inside it was not disposed.");
        }

        EnterOutermost(holdDepth);
        t_depth = depth;
    }
}
