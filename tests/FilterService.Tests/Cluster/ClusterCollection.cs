namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>The cluster tests run one class at a time: each class starts a cluster of its own, and the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection
{
    public const string Name = "Cluster";

    /// <summary>The trait the cluster stage of tests/run.sh selects (and the solution-wide run leaves out).</summary>
    public const string Category = "Cluster";
}
