using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ItkBindGen.FilterService.Tests;

/// <summary>The service in process, with small limits so the tests can reach them cheaply.</summary>
public class ServiceFactory : WebApplicationFactory<Program>
{
    public const int MaxSide = 512;
    public const long MaxUploadBytes = 2 * 1024 * 1024;
    public const int MaxActiveJobs = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("FilterService:MaxPixels", (MaxSide * MaxSide).ToString());
        builder.UseSetting("FilterService:MaxUploadBytes", MaxUploadBytes.ToString());
        builder.UseSetting("FilterService:MaxActiveJobs", MaxActiveJobs.ToString());
        builder.UseSetting("FilterService:MaxRunningJobs", "1");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected virtual IEnumerable<(string Key, string Value)> Settings => [];
}

/// <summary>The service running its bindings without -threads (--mode locked).</summary>
public sealed class LockedServiceFactory : ServiceFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("mode", "locked")];
}
