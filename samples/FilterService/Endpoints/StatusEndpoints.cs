using System.Diagnostics;
using FilterService.Backend;
using FilterService.Cluster;
using FilterService.Jobs;
using FilterService.Telemetry;
using ItkBindGen.Runtime;

namespace FilterService.Endpoints;

/// <summary>/health (never touches the bindings), /info (one short wrapped call) and /metrics.</summary>
public static class StatusEndpoints
{
    private static readonly long s_started = Stopwatch.GetTimestamp();

    public static void MapStatusEndpoints(this IEndpointRouteBuilder app)
    {
        // In cluster mode also the silos the front end last saw active (no call: a cached view).
        app.MapGet("/health", (FilterExecutor executor, JobStore jobs, IServiceProvider services) => TypedResults.Ok(new
        {
            status = "healthy",
            mode = ModeName(executor.Mode),
            uptimeSeconds = Math.Round(Stopwatch.GetElapsedTime(s_started).TotalSeconds, 1),
            activeJobs = jobs.ActiveCount,
            activeSilos = services.GetService<ClusterView>()?.ActiveSilos.Count,
        }));

        // Under the bindings without -threads this call waits while another thread's filter holds the binding lock.
        app.MapGet("/info", (FilterExecutor executor) => TypedResults.Ok(new
        {
            mode = ModeName(executor.Mode),
            bindings = executor.Bindings.Name,
            backend = BackendName,
            globalDefaultNumberOfThreads = executor.Bindings.GlobalDefaultNumberOfThreads(),
            nativeCalls = new
            {
                maximumConcurrency = NativeCallScheduler.Default.MaximumConcurrency,
                running = NativeCallScheduler.Default.RunningCount,
                queued = NativeCallScheduler.Default.QueuedCount,
            },
        }));

        app.MapGet("/metrics", (RuntimeMetrics metrics) => TypedResults.Ok(metrics.Snapshot()));
    }

    public static string ModeName(RunMode mode) => mode.ToString().ToLowerInvariant();

#if FILTER_BACKEND_ITK
    public const string BackendName = "itk";
#else
    public const string BackendName = "native-core";
#endif
}
