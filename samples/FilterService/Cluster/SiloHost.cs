using System.Net;
using FilterService.Backend;
using ItkBindGen.Runtime;
using Orleans.Configuration;

namespace FilterService.Cluster;

/// <summary>
/// The silo process (<c>--role silo</c>): hosts the filter grains, no HTTP. It sizes its native-call concurrency and
/// ITK's global default thread count from the processors it may use, joins the membership kept in Redis, and prints
/// "SILO READY address pid" once it is active.
/// </summary>
public static class SiloHost
{
    public static async Task RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var settings = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        settings.Validate();
        builder.Services.Configure<ClusterSettings>(builder.Configuration.GetSection(ClusterSettings.Section));
        builder.Services.Configure<ServiceOptions>(builder.Configuration.GetSection(ServiceOptions.Section));
        builder.Services.PostConfigure<ServiceOptions>(o => o.Mode = RunMode.Async); // a grain only awaits
        builder.Services.AddSingleton<FilterExecutor>();
        builder.Services.AddSingleton<SiloWork>();

        // Before any filter exists: ITK sizes its pool and every filter's work units from the global default.
        NativeCallScheduler.Default.MaximumConcurrency = settings.ResolvedNativeCalls;
        NativeCallScheduler.Default.ThreadNiceness =
            (builder.Configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions()).NativeCallNiceness;
        new ThreadedBindings().SetGlobalDefaultNumberOfThreads((uint)settings.ResolvedItkThreads);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
            silo.Configure<SiloOptions>(o => o.SiloName = settings.ResolvedSiloName);
            silo.ConfigureEndpoints(IPAddress.Parse(settings.AdvertisedAddress), settings.SiloPort, settings.GatewayPort);
            silo.UseRedisClustering(settings.Redis);
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = settings.ProbeTimeout;
                o.NumMissedProbesLimit = settings.MissedProbesLimit;
            });
            silo.Configure<SiloMessagingOptions>(o =>
            {
                o.ResponseTimeout = settings.ResponseTimeout;
                o.CancelRequestOnTimeout = true; // its source default is false
            });
            silo.Services.AddPlacementDirector<SiloInKeyPlacement, SiloInKeyPlacementDirector>();
        });
        builder.Services.AddHostedService<SiloAnnouncer>();
        await builder.Build().RunAsync();
    }
}
