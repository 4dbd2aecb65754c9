namespace FilterService.Cluster;

/// <summary>
/// A silo's identity, size and work now: its address and name, the filters it binds (native-core or itk), its
/// native-call concurrency and ITK's global default thread count as ITK reports it, the jobs it runs (including those
/// waiting for a native-call thread), and the native updates it ran and aborted.
/// </summary>
[GenerateSerializer, Immutable, Alias("filter-cluster.silo-load")]
public sealed record SiloLoad(
    string Silo, string Name, string Backend, int NativeCalls, int ItkThreads, int Jobs, int NativeRunning, int NativeQueued,
    long CompletedJobs, long AbortedUpdates, int ProcessId)
{
    /// <summary>Jobs for each native-call thread: the placement's measure, lowest first.</summary>
    public double Utilization(int pending) => (double)(Jobs + pending) / NativeCalls;
}
