namespace FilterService.Cluster;

/// <summary>Answers for the silo its key names (<see cref="SiloKeys"/>): who it is and how busy it is now.</summary>
[Alias("filter-cluster.load-grain")]
public interface ISiloLoadGrain : IGrainWithStringKey
{
    [Alias("load")]
    Task<SiloLoad> GetLoadAsync();
}
