using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime;

public static partial class BindingLock
{
    // Waits are sliced so a callback notices an owner that enters (or leaves) a native call while it waits.
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(20);

    private static long s_callbackTimeoutTicks = TimeSpan.FromSeconds(5).Ticks;

    /// <summary>
    /// How long <see cref="AcquireForCallback"/> waits for a lock whose owner is inside a native call made
    /// under <see cref="HoldForNativeCall"/> before it throws <see cref="BindingLockDeadlockException"/>.
    /// Default 5 seconds; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative and not infinite.</exception>
    public static TimeSpan CallbackTimeout
    {
        get => TimeSpan.FromTicks(Volatile.Read(ref s_callbackTimeoutTicks));
        set
        {
            if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The callback timeout must not be negative.");
            }

            Volatile.Write(ref s_callbackTimeoutTicks, value.Ticks);
        }
    }

    /// <summary>
    /// Acquires the binding lock for a native-to-managed callback handler. Reentrant and immediate when the
    /// current thread holds the lock (a callback raised on the thread that made the native call). Otherwise
    /// it waits; but when the owner is inside a native call made under <see cref="HoldForNativeCall"/>, it
    /// waits at most <see cref="CallbackTimeout"/>, because that call may be waiting for this very thread.
    /// </summary>
    /// <returns>A scope that releases one level of the lock when disposed.</returns>
    /// <exception cref="BindingLockDeadlockException">
    /// The owner stayed inside a native call for longer than <see cref="CallbackTimeout"/>.
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CallbackScope AcquireForCallback()
    {
        var state = BindingThreadState.Current;
        if (state.Depth > 0)
        {
            state.Depth++;
        }
        else
        {
            EnterForCallback(state);
        }

        return new CallbackScope(state);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnterForCallback(BindingThreadState state)
    {
        int suspectOwner = 0;
        long suspectSince = 0;
        while (true)
        {
            int owner = Volatile.Read(ref s_nativeCallOwner);
            TimeSpan slice = s_pollInterval;
            if (owner != 0)
            {
                // The owner holds the lock for a native call: time how long it stays there.
                long now = Stopwatch.GetTimestamp();
                if (owner != suspectOwner)
                {
                    suspectOwner = owner;
                    suspectSince = now;
                }

                TimeSpan timeout = CallbackTimeout;
                if (timeout != Timeout.InfiniteTimeSpan)
                {
                    TimeSpan waited = Stopwatch.GetElapsedTime(suspectSince, now);
                    TimeSpan remaining = timeout - waited;
                    if (remaining <= TimeSpan.Zero)
                    {
                        RuntimeTelemetry.RecordDeadlock();
                        throw new BindingLockDeadlockException(Environment.CurrentManagedThreadId, owner, waited);
                    }

                    if (remaining < slice)
                    {
                        slice = remaining;
                    }
                }
            }
            else
            {
                suspectOwner = 0;
            }

            if (TryEnterOutermost(state, slice))
            {
                return;
            }
        }
    }
}
