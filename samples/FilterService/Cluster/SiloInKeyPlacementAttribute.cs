using Orleans.Placement;

namespace FilterService.Cluster;

/// <summary>Marks a grain class placed by <see cref="SiloInKeyPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloInKeyPlacementAttribute() : PlacementAttribute(new SiloInKeyPlacement());
