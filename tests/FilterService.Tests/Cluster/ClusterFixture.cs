using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>
/// A cluster on loopback, all of it started and stopped here: redis-server (Debian's, for the membership), two silos
/// as separate processes (the service's own FilterService.dll with --role silo) over TCP, and the front end in this
/// process (an Orleans client). Each silo has one native-call thread and one ITK thread, so two jobs at once fill it.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public const int ChunkBytes = 64 * 1024;
    public const long MaxJobImageBytes = 600_000;
    private const string RedisServer = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly List<ChildProcess> _silos = [];
    private ChildProcess? _redis;

    public ClusterFrontEndFactory FrontEnd { get; private set; } = null!;

    /// <summary>The loopback port of the membership's Redis: another front end of the same cluster connects there.</summary>
    public int RedisPort { get; private set; }

    /// <summary>The silos started, by their address (unique to the process) as the cluster names them.</summary>
    public Dictionary<string, ChildProcess> Silos { get; } = [];

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(RedisServer), $"{RedisServer} is missing: apt-get install redis-server (.ci/prerequisites.sh installs it)");
        var redisPort = RedisPort = FreePort();
        // Under timeout(1): a test process killed outright cannot leave it running for long.
        _redis = new ChildProcess("redis-server", "/usr/bin/timeout",
            ["900", RedisServer, "--port", redisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], readyPrefix: null);
        await WaitForPortAsync(redisPort);

        var silos = new[] { "silo-a", "silo-b" }.Select(name => StartSilo(name, redisPort)).ToList();
        foreach (var silo in silos)
        {
            var ready = await silo.ReadyAsync(StartTimeout); // "address pid"
            Silos[ready.Split(' ')[0]] = silo;
        }

        FrontEnd = new ClusterFrontEndFactory(redisPort);
        using var client = FrontEnd.CreateClient();
        var deadline = DateTime.UtcNow + StartTimeout;
        while ((await ServiceClient.GetJsonAsync(client, "/health")).GetProperty("activeSilos").GetInt32() < silos.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The front end did not see {silos.Count} silos after {StartTimeout}.");
            await Task.Delay(100);
        }
        // The silo processes bind what this test build binds, sized as asked.
        foreach (var silo in Silos.Keys)
        {
            var load = (await SiloLoadAsync(client, silo))!.Value;
            Assert.Equal(Backend, load.GetProperty("backend").GetString());
            Assert.Equal((1, 1), (load.GetProperty("nativeCalls").GetInt32(), load.GetProperty("itkThreads").GetInt32()));
        }
    }

#if FILTER_BACKEND_ITK
    private const string Backend = "itk";
#else
    private const string Backend = "native-core";
#endif

    /// <summary>The silo's own report (GET /cluster): null when it is not in the cluster.</summary>
    public static async Task<JsonElement?> SiloLoadAsync(HttpClient client, string silo)
    {
        var cluster = await ServiceClient.GetJsonAsync(client, "/cluster");
        foreach (var load in cluster.GetProperty("silos").EnumerateArray())
        {
            if (load.GetProperty("silo").GetString() == silo)
            {
                return load;
            }
        }
        return null;
    }

    public async Task DisposeAsync()
    {
        if (FrontEnd is not null)
        {
            await FrontEnd.DisposeAsync();
        }
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }
        _redis?.Dispose();
    }

    private ChildProcess StartSilo(string name, int redisPort)
    {
        var service = Path.Combine(AppContext.BaseDirectory, "FilterService.dll");
        var silo = new ChildProcess(name, "dotnet",
        [
            service, "--role", "silo",
            "--FilterCluster:Redis", $"127.0.0.1:{redisPort}",
            "--FilterCluster:SiloName", name,
            "--FilterCluster:SiloPort", FreePort().ToString(),
            "--FilterCluster:GatewayPort", FreePort().ToString(),
            "--FilterCluster:NativeCalls", "1",
            "--FilterCluster:ItkThreads", "1",
            "--FilterCluster:ChunkBytes", ChunkBytes.ToString(),
            "--FilterCluster:ProbeTimeout", "00:00:01",
            "--FilterCluster:MissedProbesLimit", "2",
            "--FilterCluster:ParentProcessId", Environment.ProcessId.ToString(),
            "--Logging:LogLevel:Default", "Warning",
        ], "SILO READY");
        _silos.Add(silo);
        return silo;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_redis!.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }
}
