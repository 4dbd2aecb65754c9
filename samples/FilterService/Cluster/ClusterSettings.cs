namespace FilterService.Cluster;

/// <summary>
/// The cluster mode's settings: section "FilterCluster" of the configuration (command line:
/// <c>--FilterCluster:SiloPort=11112</c>), read by silos and front ends alike.
/// </summary>
public sealed class ClusterSettings
{
    public const string Section = "FilterCluster";

    /// <summary>The largest piece of an image one message carries, either way.</summary>
    public const int MaxChunkBytes = 1024 * 1024;

    /// <summary>The Redis server holding the membership table (StackExchange.Redis configuration string).</summary>
    public string Redis { get; set; } = "127.0.0.1:6379";

    /// <summary>Silos and clients with the same cluster and service ids form one cluster.</summary>
    public string ClusterId { get; set; } = "filter-cluster";

    public string ServiceId { get; set; } = "filter-service";

    /// <summary>The silo's name on the page and in GET /jobs/{id}; "silo-{SiloPort}" when unset.</summary>
    public string? SiloName { get; set; }

    /// <summary>The address other silos and clients reach this silo at: loopback on one machine, the machine's own address on several.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Filter updates a silo runs at once (its native-call threads); the processor count this process may use when unset.</summary>
    public int? NativeCalls { get; set; }

    /// <summary>ITK's global default thread count on a silo; the processor count divided by <see cref="NativeCalls"/> when unset.</summary>
    public int? ItkThreads { get; set; }

    /// <summary>The size of the pieces images travel in, at most <see cref="MaxChunkBytes"/>.</summary>
    public int ChunkBytes { get; set; } = MaxChunkBytes;

    /// <summary>The largest image a job may send to the cluster, in bytes of float pixels; a larger one gets 413.</summary>
    public long MaxJobImageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Silos a run is tried on before it fails: a lost silo costs one attempt, an ITK error ends the run.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a silo waits for a probe's answer before it counts it missed (Orleans' ProbeTimeout).</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Missed probes before a silo votes another dead (Orleans' NumMissedProbesLimit).</summary>
    public int MissedProbesLimit { get; set; } = 3;

    /// <summary>How long a grain call may take before the caller gets a TimeoutException (Orleans' ResponseTimeout).</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a front end reads which silos are alive.</summary>
    public TimeSpan MembershipRefresh { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A silo started by a test or script exits when this process does.</summary>
    public int? ParentProcessId { get; set; }

    public int ResolvedNativeCalls => NativeCalls ?? Environment.ProcessorCount;

    public int ResolvedItkThreads => ItkThreads ?? Math.Max(1, Environment.ProcessorCount / ResolvedNativeCalls);

    public string ResolvedSiloName => SiloName ?? $"silo-{SiloPort}";

    /// <summary>Throws a message naming the setting for a value that cannot work.</summary>
    public void Validate()
    {
        Require(NativeCalls is null or >= 1, "NativeCalls must be at least 1");
        Require(ItkThreads is null or >= 1, "ItkThreads must be at least 1");
        Require(ChunkBytes is >= 4096 and <= MaxChunkBytes, $"ChunkBytes must be between 4096 and {MaxChunkBytes}");
        Require(MaxJobImageBytes >= 4, "MaxJobImageBytes must be at least 4");
        Require(MaxAttempts >= 1, "MaxAttempts must be at least 1");
        Require(ChunkBytes % sizeof(float) == 0, "ChunkBytes must be a multiple of 4 (whole float pixels)");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{Section}: {message}.");
        }
    }
}
