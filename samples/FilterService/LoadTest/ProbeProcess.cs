using System.Diagnostics;
using System.Globalization;

namespace FilterService.LoadTest;

/// <summary>
/// The probes run in a process of their own: in the process that posts the filter requests, its own pauses (the
/// collections of the megabyte images it sends and reads back, its thread pool busy with their sockets) were counted
/// as the service's. The child prints one line a sample, "&lt;name&gt; &lt;ms&gt; &lt;ok&gt;", and exits when its time is up.
/// </summary>
internal static class ProbeProcess
{
    public const string Argument = "--probes";

    /// <summary>The child's side: probe the service for the given seconds, then print every sample.</summary>
    public static async Task<int> RunChildAsync(Uri baseUrl, int seconds)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        // One request an endpoint first, not counted: the child's own start (its connection, its code compiled) is no
        // latency of the service's.
        foreach (var name in Probes.Names)
        {
            using var warmUp = await http.GetAsync("/" + name);
        }
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var latencies = Probes.Names.Select(name => new Latencies(name)).ToList();
        await Task.WhenAll(latencies.Select(l => Probes.RunAsync(http, l, stop.Token)));
        foreach (var l in latencies)
        {
            foreach (var (ms, ok) in l.Samples())
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{l.Name} {ms:R} {(ok ? 1 : 0)}"));
            }
        }
        return 0;
    }

    /// <summary>Starts the child for the given seconds; its samples are read when it has exited.</summary>
    public static Process Start(Uri baseUrl, int seconds)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Under `dotnet LoadTest.dll` the process is the host: the child needs the assembly as its first argument.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ProbeProcess).Assembly.Location);
        }
        foreach (var argument in new[] { Argument, baseUrl.ToString(), seconds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
    }

    /// <summary>Waits for the child (killing it when it overruns) and fills one Latencies a probed endpoint from its output.</summary>
    public static async Task<IReadOnlyList<Latencies>> CollectAsync(Process child, TimeSpan limit)
    {
        var output = child.StandardOutput.ReadToEndAsync();
        using var overrun = new CancellationTokenSource(limit);
        try
        {
            await child.WaitForExitAsync(overrun.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            throw new TimeoutException($"the probe process did not end within {limit.TotalSeconds:F0} s");
        }
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"the probe process exited with {child.ExitCode}");
        }
        var latencies = Probes.Names.ToDictionary(name => name, name => new Latencies(name));
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            latencies[parts[0]].Add(TimeSpan.FromMilliseconds(double.Parse(parts[1], CultureInfo.InvariantCulture)), parts[2] == "1");
        }
        return [.. latencies.Values];
    }
}
