namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>The failover test kills a silo, so it has a cluster of its own, started when the other collections are done.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterFailoverCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster failover";
}
