namespace FilterService.Cluster;

/// <summary>
/// Grain keys that name the silo a grain must live on: "{silo}" for a silo's load grain, "{silo}/{job}/{attempt}" for
/// one attempt of a job; <see cref="SiloInKeyPlacementDirector"/> places each on the silo named.
/// </summary>
public static class SiloKeys
{
    private const char Separator = '/';

    public static string Load(SiloAddress silo) => silo.ToParsableString();

    public static string Job(SiloAddress silo, string jobId, int attempt) => $"{silo.ToParsableString()}{Separator}{jobId}{Separator}{attempt}";

    public static SiloAddress SiloOf(string key)
    {
        var end = key.IndexOf(Separator);
        return SiloAddress.FromParsableString(end < 0 ? key : key[..end]);
    }
}
