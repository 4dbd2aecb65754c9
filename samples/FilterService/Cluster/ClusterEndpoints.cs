namespace FilterService.Cluster;

/// <summary>GET /cluster on a front end: every active silo's identity, size and work, as the silo itself reports it.</summary>
public static class ClusterEndpoints
{
    public static void MapClusterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cluster", async (ClusterView view, IClusterClient client) =>
        {
            var silos = view.ActiveSilos;
            var loads = await Task.WhenAll(silos.Select(s => client.GetGrain<ISiloLoadGrain>(SiloKeys.Load(s)).GetLoadAsync()));
            return TypedResults.Ok(new { silos = loads });
        });
    }
}
