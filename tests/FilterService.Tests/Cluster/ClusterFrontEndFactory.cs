namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>The service as the cluster's front end (--role frontend), with the small limits of <see cref="ServiceFactory"/>.</summary>
public sealed class ClusterFrontEndFactory(int redisPort) : ServiceFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("role", "frontend"),
        ("FilterCluster:Redis", $"127.0.0.1:{redisPort}"),
        ("FilterCluster:ChunkBytes", ClusterFixture.ChunkBytes.ToString()),
        ("FilterCluster:MaxJobImageBytes", ClusterFixture.MaxJobImageBytes.ToString()),
        ("FilterCluster:MembershipRefresh", "00:00:00.200"),
        ("FilterCluster:ResponseTimeout", "00:00:20"),
        ("FilterService:MaxRunningJobs", "2"), // both silos busy at once
    ];
}
