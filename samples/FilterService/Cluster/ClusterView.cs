using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FilterService.Cluster;

/// <summary>
/// A front end's view of the cluster: which silos are active, read from the membership every
/// <see cref="ClusterSettings.MembershipRefresh"/>; a token for each silo that is canceled once the silo has left.
/// </summary>
public sealed class ClusterView(IClusterClient client, IOptions<ClusterSettings> settings, ILogger<ClusterView> logger) : BackgroundService
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<SiloAddress, CancellationTokenSource> _leaving = new();
    private volatile SiloAddress[] _active = [];
    private readonly TaskCompletionSource _firstRead = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<SiloAddress> ActiveSilos => _active;

    /// <summary>Canceled when <paramref name="silo"/> is no longer active (already canceled if it is not now).</summary>
    public CancellationToken WhenLost(SiloAddress silo)
    {
        var source = _leaving.GetOrAdd(silo, _ => new CancellationTokenSource());
        if (!_active.Contains(silo))
        {
            source.Cancel();
        }
        return source.Token;
    }

    /// <summary>Waits for the first read of the membership (at most <paramref name="timeout"/>).</summary>
    public Task ReadyAsync(TimeSpan timeout) => _firstRead.Task.WaitAsync(timeout);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        using var timer = new PeriodicTimer(settings.Value.MembershipRefresh);
        do
        {
            try
            {
                var hosts = await management.GetHosts(onlyActive: true).WaitAsync(ReadTimeout, stoppingToken);
                Update([.. hosts.Keys.Order()]);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A gateway that just died can fail one read; the next tick goes through another.
                logger.LogWarning("Reading the cluster's membership failed: {Error}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Update(SiloAddress[] active)
    {
        var before = _active;
        _active = active;
        foreach (var gone in before.Except(active))
        {
            logger.LogWarning("Silo {Silo} left the cluster", gone);
        }
        foreach (var joined in active.Except(before))
        {
            logger.LogInformation("Silo {Silo} is active", joined);
        }
        foreach (var (silo, source) in _leaving)
        {
            if (!active.Contains(silo))
            {
                source.Cancel();
                _leaving.TryRemove(silo, out _);
            }
        }
        _firstRead.TrySetResult();
    }
}
