using FilterService.Backend;
using FilterService.Endpoints;
using ItkBindGen.Runtime;

namespace FilterService.Cluster;

/// <summary>A silo's own account of its work, shared by its grains: the jobs it runs now and has completed.</summary>
public sealed class SiloWork(ILocalSiloDetails silo, FilterExecutor executor)
{
    private int _jobs;
    private long _completed;

    public string Address => silo.SiloAddress.ToParsableString();

    public string Name => silo.Name;

    /// <summary>Counts a job from now until the scope is disposed.</summary>
    public JobScope Begin()
    {
        Interlocked.Increment(ref _jobs);
        return new JobScope(this);
    }

    public SiloLoad Load() => new(
        Address, Name, StatusEndpoints.BackendName, NativeCallScheduler.Default.MaximumConcurrency, (int)executor.Bindings.GlobalDefaultNumberOfThreads(),
        Volatile.Read(ref _jobs), NativeCallScheduler.Default.RunningCount, NativeCallScheduler.Default.QueuedCount,
        Interlocked.Read(ref _completed), executor.AbortedUpdates, Environment.ProcessId);

    /// <summary>One job's presence on the silo.</summary>
    public sealed class JobScope(SiloWork work) : IDisposable
    {
        private int _ended;

        public void Complete() => Interlocked.Increment(ref work._completed);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Interlocked.Decrement(ref work._jobs);
            }
        }
    }
}
