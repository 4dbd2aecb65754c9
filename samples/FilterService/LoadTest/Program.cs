// Load test of one running filter service: N clients post a filter request in a loop (the synchronous endpoint)
// while /health and /info are probed every 20 ms from a process of its own (ProbeProcess); prints latency percentiles
// and the filter throughput.
// Exits 1 when any filter request or probe failed, when no filter request completed, or when --max-probe-p99 is
// given and a probe's 99th percentile is above it.
// Usage: LoadTest <base url> <label> [seconds=10] [clients=8] [size=1024] [radius=4] [--max-probe-p99 <ms>]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using FilterService.LoadTest;

if (args.Length == 3 && args[0] == ProbeProcess.Argument)
{
    return await ProbeProcess.RunChildAsync(new Uri(args[1]), int.Parse(args[2], CultureInfo.InvariantCulture));
}

var bound = Array.IndexOf(args, "--max-probe-p99");
double? maxProbeP99 = bound >= 0 && bound + 1 < args.Length ? double.Parse(args[bound + 1], CultureInfo.InvariantCulture) : null;
if (bound >= 0 && maxProbeP99 is null)
{
    Console.Error.WriteLine("--max-probe-p99 needs a value in milliseconds");
    return 2;
}
var positional = bound >= 0 ? args.Take(bound).Concat(args.Skip(bound + 2)).ToArray() : args;
var baseUrl = new Uri(positional[0]);
var label = positional[1];
var seconds = positional.Length > 2 ? int.Parse(positional[2]) : 10;
var clients = positional.Length > 3 ? int.Parse(positional[3]) : 8;
var size = positional.Length > 4 ? int.Parse(positional[4]) : 1024;
var radius = positional.Length > 5 ? int.Parse(positional[5]) : 4;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
var image = MetaImage(size, size);
var filterPath = $"/filter/median?radius={radius}&format=mha";

// One request alone first: what a single filter run costs, and a warm-up of the service.
var alone = Stopwatch.StartNew();
var aloneOk = await PostFilterAsync();
Console.WriteLine($"[{label}] one request alone: {alone.ElapsedMilliseconds} ms (median radius {radius}, {size}x{size}){(aloneOk ? "" : ", FAILED")}");

var filter = new Latencies("filter");
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
using var probeProcess = ProbeProcess.Start(baseUrl, seconds);
var clock = Stopwatch.StartNew();
var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        var started = Stopwatch.GetTimestamp();
        var ok = await PostFilterAsync();
        filter.Add(Stopwatch.GetElapsedTime(started), ok);
    }
})).ToList();
var probes = await ProbeProcess.CollectAsync(probeProcess, TimeSpan.FromSeconds(seconds + 120));
var health = probes.Single(p => p.Name == "health");
var info = probes.Single(p => p.Name == "info");
await Task.WhenAll(workers);
var wall = clock.Elapsed.TotalSeconds;

Console.WriteLine($"[{label}] {clients} clients for {wall:F1} s: {filter.Count} filter requests, {filter.Count / wall:F2} requests/s");
Console.WriteLine($"[{label}]   {filter}");
Console.WriteLine($"[{label}]   {health}");
Console.WriteLine($"[{label}]   {info}");
Console.WriteLine($"SUMMARY {label}: health p99 {health.Percentile(99):F0} ms, info p99 {info.Percentile(99):F0} ms, {filter.Count / wall:F2} filter requests/s");

var problems = new List<string>();
var failedFilters = filter.Failures + (aloneOk ? 0 : 1);
if (failedFilters > 0)
{
    problems.Add($"{failedFilters} of {filter.Count + 1} filter requests failed");
}
if (filter.Count == 0)
{
    problems.Add("no filter request completed under load");
}
foreach (var probe in new[] { health, info })
{
    if (probe.Failures > 0)
    {
        problems.Add($"{probe.Failures} of {probe.Count} {probe.Name} probes failed");
    }
    // NaN (no probe answered) is above any bound too.
    if (maxProbeP99 is { } limit && !(probe.Percentile(99) <= limit))
    {
        problems.Add($"{probe.Name} p99 {probe.Percentile(99):F0} ms is above the bound of {limit:F0} ms");
    }
}
foreach (var problem in problems)
{
    Console.WriteLine($"[{label}] FAILED: {problem}");
}
if (maxProbeP99 is { } checkedBound && problems.Count == 0)
{
    Console.WriteLine($"[{label}] probe p99 within the bound of {checkedBound:F0} ms");
}
return problems.Count == 0 ? 0 : 1;

async Task<bool> PostFilterAsync()
{
    using var content = new ByteArrayContent(image);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
    try
    {
        using var response = await http.PostAsync(filterPath, content);
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }
    catch (HttpRequestException)
    {
        return false;
    }
}

static byte[] MetaImage(int width, int height)
{
    var random = new Random(1);
    var pixels = new float[width * height];
    for (var i = 0; i < pixels.Length; i++)
    {
        pixels[i] = random.Next(256);
    }
    var header = Encoding.ASCII.GetBytes(
        $"ObjectType = Image\nNDims = 2\nBinaryData = True\nBinaryDataByteOrderMSB = False\nDimSize = {width} {height}\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n");
    var data = new byte[header.Length + pixels.Length * sizeof(float)];
    header.CopyTo(data, 0);
    Buffer.BlockCopy(pixels, 0, data, header.Length, pixels.Length * sizeof(float));
    return data;
}
