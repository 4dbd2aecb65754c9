using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>
/// Jobs through the cluster's front end: spread over the two silo processes by capacity, results equal to the
/// bindings called directly, progress to 1, cancellation that stops the native filter on the remote silo, the
/// cluster's size limit, and the bad-request corpus with the same answers as the service alone.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", ClusterCollection.Category)]
public sealed class ClusterJobTests(ClusterFixture cluster)
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_jobs_run_on_two_silos_and_equal_the_bindings_run_directly()
    {
        // 300x250 floats = 300,000 bytes: five 64 KiB chunks each way. Each job takes long enough (one ITK thread a
        // silo) that the second is placed while the first still runs.
        const int Width = 300, Height = 250;
        using var client = cluster.FrontEnd.CreateClient();
        var first = TestImages.Random(Width, Height, seed: 21);
        var second = TestImages.Random(Width, Height, seed: 22);
        var firstImage = await ServiceClient.UploadAsync(client, TestImages.MetaImage(Width, Height, first), "application/octet-stream");
        var secondImage = await ServiceClient.UploadAsync(client, TestImages.MetaImage(Width, Height, second), "application/octet-stream");

        var firstJob = await ServiceClient.PostJobAsync(client, firstImage,
            """[{"filter": "median", "parameters": {"radius": 8}}, {"filter": "gaussian", "parameters": {"variance": 2.5}}]""");
        var secondJob = await ServiceClient.PostJobAsync(client, secondImage, """[{"filter": "median", "parameters": {"radius": 9}}]""");

        using var timeout = new CancellationTokenSource(JobTimeout);
        var events = await Task.WhenAll(
            ServiceClient.ReadEventsAsync(client, firstJob, timeout.Token), ServiceClient.ReadEventsAsync(client, secondJob, timeout.Token));
        var silos = events.Select(AssertSucceededWithRisingProgress).ToList();

        Assert.All(silos, silo => Assert.Contains(silo, cluster.Silos.Keys));
        Assert.NotEqual(silos[0], silos[1]);
        var expectedFirst = DirectBindings.Gaussian(DirectBindings.Median(first, Width, Height, radius: 8), Width, Height, variance: 2.5);
        Assert.Equal(expectedFirst, await ResultAsync(client, firstJob, Width, Height));
        Assert.Equal(DirectBindings.Median(second, Width, Height, radius: 9), await ResultAsync(client, secondJob, Width, Height));
    }

    [Fact]
    public async Task Canceling_a_job_aborts_its_native_filter_on_the_remote_silo()
    {
        // Median radius 50 over 380x380: minutes of work with one ITK thread if it were not stopped.
        using var client = cluster.FrontEnd.CreateClient();
        var image = await ServiceClient.UploadAsync(client, TestImages.MetaImage(380, 380, TestImages.Random(380, 380, seed: 23)), "application/octet-stream");
        var job = await ServiceClient.PostJobAsync(client, image, """[{"filter": "median", "parameters": {"radius": 50}}]""");
        var running = await ServiceClient.WaitForStatusAsync(client, job, s => s.GetProperty("progress").GetDouble() > 0, JobTimeout);
        var silo = running.GetProperty("silo").GetString()!;
        var abortedBefore = (await ClusterFixture.SiloLoadAsync(client, silo))!.Value.GetProperty("abortedUpdates").GetInt64();

        var clock = Stopwatch.StartNew();
        using (var cancel = await client.DeleteAsync($"/jobs/{job}"))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        var status = await ServiceClient.WaitForStateAsync(client, job, s => s is "canceled" or "succeeded" or "failed", TimeSpan.FromSeconds(30));
        Assert.Equal("canceled", status.GetProperty("state").GetString());

        // The silo's own account: ITK raised AbortEvent there and its native-call thread is free again.
        JsonElement load;
        do
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"silo {silo} did not abort its filter within 20 s");
            await Task.Delay(50);
            load = (await ClusterFixture.SiloLoadAsync(client, silo))!.Value;
        }
        while (load.GetProperty("abortedUpdates").GetInt64() == abortedBefore || load.GetProperty("nativeRunning").GetInt32() != 0);
        Assert.Equal(abortedBefore + 1, load.GetProperty("abortedUpdates").GetInt64());
        using var result = await client.GetAsync($"/jobs/{job}/result");
        Assert.Equal(HttpStatusCode.Conflict, result.StatusCode);
    }

    [Fact]
    public async Task An_image_above_the_clusters_limit_gets_413_for_a_job_and_for_the_synchronous_endpoint()
    {
        // 512x512 floats = 1 MiB: within the upload limit, above the cluster's 600,000 bytes.
        using var client = cluster.FrontEnd.CreateClient();
        var png = TestImages.Png(512, 512, TestImages.Random(512, 512, seed: 24));
        var image = await ServiceClient.UploadAsync(client, png);

        var steps = """[{"filter": "median", "parameters": {"radius": 1}}]""";
        using var job = await client.PostAsync("/jobs", new StringContent(
            $$"""{"image": "{{image}}", "steps": {{steps}}}""", System.Text.Encoding.UTF8, "application/json"));
        using var filter = await client.PostAsync("/filter/median?radius=1", ServiceClient.Body(png, "image/png"));

        foreach (var response in new[] { job, filter })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains($"the cluster takes at most {ClusterFixture.MaxJobImageBytes} bytes a job", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [MemberData(nameof(BadRequestCorpus.Names), MemberType = typeof(BadRequestCorpus))]
    public async Task Bad_request_through_the_cluster_gets_the_same_problem(string name)
    {
        using var client = cluster.FrontEnd.CreateClient();
        await BadRequestTests.AssertProblemAsync(client, BadRequestCorpus.Get(name));
    }

    // The events end with "done" and a success at the first attempt; progress only rises, to 1; returns the silo that ran the job.
    internal static string AssertSucceededWithRisingProgress(List<(string Event, JsonElement Data)> events)
    {
        Assert.NotEmpty(events);
        var (last, final) = events[^1];
        Assert.Equal("done", last);
        Assert.Equal("succeeded", final.GetProperty("state").GetString());
        Assert.Equal(1.0, final.GetProperty("progress").GetDouble());
        Assert.Equal(1, final.GetProperty("attempts").GetInt32());
        var progress = events.Select(e => e.Data.GetProperty("progress").GetDouble()).ToList();
        Assert.Equal(progress.Order(), progress);
        return final.GetProperty("silo").GetString()!;
    }

    internal static async Task<float[]> ResultAsync(HttpClient client, string job, int width, int height)
    {
        using var result = await client.GetAsync($"/jobs/{job}/result?format=mha");
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var (size, pixels) = DirectBindings.ReadMetaImage(await result.Content.ReadAsByteArrayAsync());
        Assert.Equal([(ulong)width, (ulong)height], size);
        return pixels;
    }
}
