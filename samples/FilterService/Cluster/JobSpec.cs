namespace FilterService.Cluster;

/// <summary>What one attempt of a job runs: its steps over an image of this size whose pixels were sent before in chunks.</summary>
[GenerateSerializer, Immutable, Alias("filter-cluster.job")]
public sealed record JobSpec(string JobId, int Attempt, int Width, int Height, StepSpec[] Steps);
