namespace ItkBindGen.Runtime;

/// <summary>
/// Runs long native calls (a filter's <c>Update</c>) on threads of its own instead of the .NET thread pool, at most
/// <see cref="MaximumConcurrency"/> at a time; the rest wait in a queue, first in first out.
/// </summary>
/// <remarks>
/// <para>
/// A native filter blocks the thread that runs it for its whole length. On thread-pool threads that starves the pool
/// (it adds threads slowly), so a server's unrelated requests stop being answered; here the pool only ever awaits.
/// Threads are started when work arrives and none is idle, and end after <see cref="IdleTimeout"/> without work.
/// The returned tasks run their continuations asynchronously, never on a native-call thread.
/// </para>
/// <para>Work whose token is canceled while it waits is never started and its task ends canceled.</para>
/// </remarks>
public sealed class NativeCallScheduler
{
    private static readonly Lazy<NativeCallScheduler> s_default = new(() => new NativeCallScheduler(Environment.ProcessorCount, "ItkBindGen native call"));

    private readonly Queue<WorkItem> _queue = new();
    // A monitor, not a Lock: idle threads wait on it (Monitor.Wait) for work.
    private readonly object _gate = new();
    private readonly string _threadName;
    private int _maximumConcurrency;
    private int _threads;
    private int _idle;
    private int _running;
    private int _started;
    private int _threadNiceness;

    /// <summary>Creates a scheduler.</summary>
    /// <param name="maximumConcurrency">How many native calls run at once; at least 1.</param>
    /// <param name="threadName">The name its threads carry (a number is appended).</param>
    public NativeCallScheduler(int maximumConcurrency, string threadName = "native call")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumConcurrency, 1);
        ArgumentNullException.ThrowIfNull(threadName);
        _maximumConcurrency = maximumConcurrency;
        _threadName = threadName;
    }

    /// <summary>The scheduler <c>UpdateAsync</c> uses; its concurrency starts at the processor count.</summary>
    public static NativeCallScheduler Default => s_default.Value;

    /// <summary>How many native calls run at once. Lowering it lets running calls finish; raising it starts waiting ones.</summary>
    public int MaximumConcurrency
    {
        get => Volatile.Read(ref _maximumConcurrency);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            lock (_gate)
            {
                _maximumConcurrency = value;
                StartThreadsLocked();
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>
    /// The nice value (0 to 19, Linux) the scheduler's threads take when they start; 0, the default, keeps the
    /// process's. A server sets it (10, say) so that the threads answering its requests are not kept waiting for a
    /// core by filters that use every core; ITK's own worker threads started from these threads inherit it.
    /// Threads already started keep the value they took; elsewhere than Linux it has no effect.
    /// </summary>
    public int ThreadNiceness
    {
        get => Volatile.Read(ref _threadNiceness);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 19);
            Volatile.Write(ref _threadNiceness, value);
        }
    }

    /// <summary>How long a thread without work waits before it ends.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls running now.</summary>
    public int RunningCount => Volatile.Read(ref _running);

    /// <summary>Calls waiting for a thread.</summary>
    public int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Queues <paramref name="work"/>; the task ends when it returned or threw.</summary>
    /// <param name="work">The work; it may block for as long as it needs.</param>
    /// <param name="cancellationToken">Cancels the work while it waits; once started, the work itself decides.</param>
    /// <returns>The work's task: faulted with its exception, canceled when its token canceled it before it started
    /// or when it threw an <see cref="OperationCanceledException"/> for that token.</returns>
    public Task Run(Action work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Run(() =>
        {
            work();
            return true;
        }, cancellationToken);
    }

    /// <summary>Queues <paramref name="work"/>; the task ends with its result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="work">The work; it may block for as long as it needs.</param>
    /// <param name="cancellationToken">Cancels the work while it waits; once started, the work itself decides.</param>
    /// <returns>The work's task (see <see cref="Run(Action, CancellationToken)"/>).</returns>
    public Task<TResult> Run<TResult>(Func<TResult> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResult>(cancellationToken);
        }

        var item = new WorkItem<TResult>(work, cancellationToken);
        lock (_gate)
        {
            _queue.Enqueue(item);
            if (_idle > 0)
            {
                Monitor.Pulse(_gate);
            }
            else
            {
                StartThreadsLocked();
            }
        }
        item.WatchCancellation();
        return item.Task;
    }

    private void StartThreadsLocked()
    {
        while (_threads < _maximumConcurrency && _queue.Count > _idle + (_threads - _idle - _running))
        {
            _threads++;
            var thread = new Thread(Work)
            {
                IsBackground = true,
                Name = $"{_threadName} #{Interlocked.Increment(ref _started)}",
            };
            thread.Start();
        }
    }

    private void Work()
    {
        var niceness = ThreadNiceness;
        if (niceness > 0)
        {
            // Where it fails the thread runs at the process's priority, as without the setting.
            NativeThreadPriority.TrySetNiceness(niceness);
        }
        while (TryTake(out var item))
        {
            try
            {
                item.Execute();
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    // Waits for work; false when the thread should end (idle too long, or more threads than the limit).
    private bool TryTake(out WorkItem item)
    {
        lock (_gate)
        {
            while (true)
            {
                if (_threads > _maximumConcurrency)
                {
                    _threads--;
                    item = null!;
                    return false;
                }
                while (_queue.TryDequeue(out var next))
                {
                    if (next.TryStart())
                    {
                        _running++;
                        item = next;
                        return true;
                    }
                }
                _idle++;
                bool signalled = Monitor.Wait(_gate, IdleTimeout);
                _idle--;
                if (!signalled && _queue.Count == 0)
                {
                    _threads--;
                    item = null!;
                    return false;
                }
            }
        }
    }

    private abstract class WorkItem
    {
        private const int Queued = 0;
        private const int Started = 1;
        private const int Canceled = 2;
        private int _state;

        // Claims the item for a thread; false when cancellation got it first.
        internal bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

        protected bool TryCancel() => Interlocked.CompareExchange(ref _state, Canceled, Queued) == Queued;

        internal abstract void Execute();
    }

    private sealed class WorkItem<TResult>(Func<TResult> work, CancellationToken cancellationToken) : WorkItem
    {
        private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private CancellationTokenRegistration _registration;

        internal Task<TResult> Task => _completion.Task;

        internal void WatchCancellation()
        {
            if (cancellationToken.CanBeCanceled)
            {
                _registration = cancellationToken.UnsafeRegister(static state =>
                {
                    var item = (WorkItem<TResult>)state!;
                    if (item.TryCancel())
                    {
                        item._completion.TrySetCanceled(item.CancellationToken);
                    }
                }, this);
            }
        }

        private CancellationToken CancellationToken => cancellationToken;

        internal override void Execute()
        {
            _registration.Dispose();
            try
            {
                _completion.TrySetResult(work());
            }
            catch (OperationCanceledException canceled) when (canceled.CancellationToken == cancellationToken && cancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(cancellationToken);
            }
            catch (Exception exception)
            {
                _completion.TrySetException(exception);
            }
        }
    }
}
