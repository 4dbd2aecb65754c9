using System.Diagnostics;
using FilterService.Backend;
using ItkBindGen.Runtime;
using Microsoft.Extensions.Options;

namespace FilterService.Cluster;

/// <summary>
/// Says on standard output when the silo is active and how it is sized (scripts and tests wait for the line), and
/// stops the silo when the process that started it is gone.
/// </summary>
public sealed class SiloAnnouncer(
    IHostApplicationLifetime lifetime, ILocalSiloDetails silo, FilterExecutor executor, IOptions<ClusterSettings> settings, ILogger<SiloAnnouncer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        Console.WriteLine($"SILO READY {silo.SiloAddress.ToParsableString()} {Environment.ProcessId}");
        logger.LogInformation(
            "Silo {Name} at {Address}: {NativeCalls} native-call threads, ITK global default threads {ItkThreads}, {Processors} processors",
            silo.Name, silo.SiloAddress, NativeCallScheduler.Default.MaximumConcurrency, executor.Bindings.GlobalDefaultNumberOfThreads(),
            Environment.ProcessorCount);

        if (settings.Value.ParentProcessId is { } parent)
        {
            while (!stoppingToken.IsCancellationRequested && IsRunning(parent))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            logger.LogWarning("Process {Parent} that started this silo is gone: stopping", parent);
            lifetime.StopApplication();
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
