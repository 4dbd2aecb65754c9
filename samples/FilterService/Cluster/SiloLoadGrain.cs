namespace FilterService.Cluster;

/// <summary>One a silo, on that silo: reads its <see cref="SiloWork"/>.</summary>
[SiloInKeyPlacement]
public sealed class SiloLoadGrain(SiloWork work) : Grain, ISiloLoadGrain
{
    public Task<SiloLoad> GetLoadAsync() => Task.FromResult(work.Load());
}
