namespace FilterService.Cluster;

/// <summary>
/// Chooses the silo for a job's attempt by free native-call capacity: asks every active silo for its load and takes the
/// one with the fewest jobs a native-call thread, counting the jobs this front end has sent there and not yet seen end
/// (so two jobs sent at once do not both go to the silo that was idle). Silos the job was lost on come last.
/// </summary>
public sealed class SiloPicker(IClusterClient client, ClusterView view, ILogger<SiloPicker> logger)
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private readonly Dictionary<SiloAddress, int> _sent = [];

    /// <summary>The silo to run on; count it as sent to until <see cref="Release"/>.</summary>
    public async Task<(SiloAddress Silo, SiloLoad Load)> PickAsync(IReadOnlyCollection<SiloAddress> avoid, CancellationToken cancellationToken)
    {
        try
        {
            await view.ReadyAsync(TimeSpan.FromSeconds(30)).WaitAsync(cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new Backend.RunFailedException("The front end has not been able to read the cluster's membership: check that its Redis is running.");
        }
        var loads = (await Task.WhenAll(view.ActiveSilos.Select(ReadAsync))).OfType<(SiloAddress Silo, SiloLoad Load)>().ToList();
        if (loads.Count == 0)
        {
            throw new Backend.RunFailedException("No silo of the cluster answers: start a silo (--role silo) or check the membership store.");
        }
        lock (_gate)
        {
            var (silo, load) = loads
                .OrderBy(l => avoid.Contains(l.Silo) ? 1 : 0)
                .ThenBy(l => l.Load.Utilization(Math.Max(0, Sent(l.Silo) - l.Load.Jobs)))
                .ThenBy(_ => Random.Shared.Next())
                .First();
            _sent[silo] = Sent(silo) + 1;
            return (silo, load);
        }
    }

    public void Release(SiloAddress silo)
    {
        lock (_gate)
        {
            if (Sent(silo) <= 1)
            {
                _sent.Remove(silo);
            }
            else
            {
                _sent[silo]--;
            }
        }
    }

    private int Sent(SiloAddress silo) => _sent.GetValueOrDefault(silo);

    private async Task<(SiloAddress Silo, SiloLoad Load)?> ReadAsync(SiloAddress silo)
    {
        try
        {
            return (silo, await client.GetGrain<ISiloLoadGrain>(SiloKeys.Load(silo)).GetLoadAsync().WaitAsync(LoadTimeout));
        }
        catch (Exception e)
        {
            logger.LogWarning("Silo {Silo} did not give its load: {Error}", silo, e.Message);
            return null;
        }
    }
}
