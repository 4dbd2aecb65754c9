namespace FilterService;

/// <summary>The service's settings: section "FilterService" of the configuration (command line: --FilterService:MaxPixels=...).</summary>
public sealed class ServiceOptions
{
    public const string Section = "FilterService";

    /// <summary>async, sync or locked; also settable as <c>--mode</c>.</summary>
    public RunMode Mode { get; set; } = RunMode.Async;

    /// <summary>The largest request body accepted for an image upload.</summary>
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest image, in pixels (width × height).</summary>
    public long MaxPixels { get; set; } = 4096L * 4096;

    /// <summary>Images kept in memory; the oldest is dropped beyond.</summary>
    public int MaxStoredImages { get; set; } = 64;

    /// <summary>Jobs queued or running at once; a job beyond gets 429.</summary>
    public int MaxActiveJobs { get; set; } = 16;

    /// <summary>Jobs running at once; the others wait in the queue.</summary>
    public int MaxRunningJobs { get; set; } = Environment.ProcessorCount;

    /// <summary>Finished jobs kept for their results; the oldest is dropped beyond.</summary>
    public int MaxFinishedJobs { get; set; } = 64;

    /// <summary>
    /// The nice value (Linux) of the threads that run filters with UpdateAsync, and of the work-unit threads they
    /// start: filters use every core, and a lower priority keeps /health and the other requests answered meanwhile.
    /// 0 runs them at the service's own priority. (Real ITK's thread pool is started by the first filter made, on a
    /// request thread, and keeps the service's priority.)
    /// </summary>
    public int NativeCallNiceness { get; set; } = 10;

    /// <summary>Steps in one job.</summary>
    public int MaxSteps { get; set; } = 8;
}
