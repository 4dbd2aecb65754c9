using Orleans.Runtime.Placement;

namespace FilterService.Cluster;

/// <summary>
/// Puts an activation on the silo its key names, or refuses when that silo is not in the cluster (it left or died):
/// a grain of a lost silo is never brought back somewhere else behind the caller's back.
/// </summary>
public sealed class SiloInKeyPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silo = SiloKeys.SiloOf(target.GrainIdentity.Key.ToString()!);
        return context.GetCompatibleSilos(target).Contains(silo)
            ? Task.FromResult(silo)
            : throw new SiloUnavailableException($"Silo {silo}, named by {target.GrainIdentity}, is not in the cluster: it left or died.");
    }
}
