namespace FilterService.Cluster;

/// <summary>Places a grain on the silo its key names (see <see cref="SiloKeys"/>): the front end chose that silo by its free capacity.</summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("filter-cluster.silo-in-key")]
public sealed class SiloInKeyPlacement : PlacementStrategy;
