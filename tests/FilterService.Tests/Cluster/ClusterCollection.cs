namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>The cluster tests that leave the cluster whole share one: they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";

    /// <summary>The trait the cluster stage of tests/run.sh selects (and the solution-wide run leaves out).</summary>
    public const string Category = "Cluster";
}
