using System.Diagnostics;

namespace FilterService.LoadTest;

/// <summary>
/// /health and /info probed every 20 ms until a time runs out. A probe that is slow delays the next, so a starved server
/// shows as few, slow samples.
/// </summary>
internal static class Probes
{
    /// <summary>The probed endpoints, named as the figures name them.</summary>
    public static readonly string[] Names = ["health", "info"];

    public static async Task RunAsync(HttpClient http, Latencies latencies, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                using var response = await http.GetAsync("/" + latencies.Name, CancellationToken.None);
                ok = response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                ok = false;
            }
            latencies.Add(Stopwatch.GetElapsedTime(started), ok);
            try
            {
                await timer.WaitForNextTickAsync(stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
