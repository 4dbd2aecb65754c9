using FilterService.Backend;
using Orleans.Configuration;

namespace FilterService.Cluster;

/// <summary>
/// The front end (<c>--role frontend</c>): the same HTTP service, an Orleans client whose filter runs go to the silos.
/// </summary>
public static class FrontEndHosting
{
    public static void AddClusterFrontEnd(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        settings.Validate();
        builder.Services.Configure<ClusterSettings>(builder.Configuration.GetSection(ClusterSettings.Section));
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
            client.UseRedisClustering(settings.Redis);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = settings.MembershipRefresh);
            client.Configure<ClientMessagingOptions>(o =>
            {
                o.ResponseTimeout = settings.ResponseTimeout;
                o.CancelRequestOnTimeout = true; // its source default is false
            });
            // Silos may start after the front end: keep trying until the host stops.
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
        });
        builder.Services.AddSingleton<ClusterView>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterView>());
        builder.Services.AddSingleton<SiloPicker>();
        builder.Services.AddSingleton<IFilterRunner, ClusterFilterRunner>();
        // The silos queue what exceeds their native-call threads: the front end sends every accepted job on.
        if (builder.Configuration[$"{ServiceOptions.Section}:{nameof(ServiceOptions.MaxRunningJobs)}"] is null)
        {
            builder.Services.PostConfigure<ServiceOptions>(o => o.MaxRunningJobs = o.MaxActiveJobs);
        }
    }
}
