using System.Diagnostics;
using System.Net;

namespace ItkBindGen.FilterService.Tests;

/// <summary>Background jobs: progress over server-sent events, results equal to the bindings run directly, cancellation.</summary>
public sealed class JobTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task Job_reports_progress_to_1_and_its_result_equals_the_bindings_run_directly()
    {
        const int Width = 97, Height = 61;
        var pixels = TestImages.Random(Width, Height, seed: 3);
        using var client = factory.CreateClient();
        var image = await ServiceClient.UploadAsync(client, TestImages.MetaImage(Width, Height, pixels), "application/octet-stream");
        var job = await ServiceClient.PostJobAsync(client, image,
            """[{"filter": "median", "parameters": {"radius": 2}}, {"filter": "gaussian", "parameters": {"variance": 2.5}}]""");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var events = await ServiceClient.ReadEventsAsync(client, job, timeout.Token);

        Assert.NotEmpty(events);
        Assert.All(events[..^1], e => Assert.Equal("progress", e.Event));
        var (last, final) = events[^1];
        Assert.Equal("done", last);
        Assert.Equal("succeeded", final.GetProperty("state").GetString());
        Assert.Equal(1.0, final.GetProperty("progress").GetDouble());
        var progress = events.Select(e => e.Data.GetProperty("progress").GetDouble()).ToList();
        Assert.Equal(progress.Order(), progress);

        using var result = await client.GetAsync($"/jobs/{job}/result?format=mha");
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var (size, served) = DirectBindings.ReadMetaImage(await result.Content.ReadAsByteArrayAsync());
        Assert.Equal([(ulong)Width, (ulong)Height], size);
        var expected = DirectBindings.Gaussian(DirectBindings.Median(pixels, Width, Height, radius: 2), Width, Height, variance: 2.5);
        Assert.Equal(expected, served);
        Assert.NotEqual(pixels, served); // the filters did change the image
    }

    [Fact]
    public async Task Synchronous_endpoint_answers_with_the_filtered_image()
    {
        const int Width = 40, Height = 30;
        var pixels = TestImages.Random(Width, Height, seed: 5);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/filter/median?radius=1&format=mha",
            ServiceClient.Body(TestImages.Png(Width, Height, pixels), "image/png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (size, served) = DirectBindings.ReadMetaImage(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([(ulong)Width, (ulong)Height], size);
        Assert.Equal(DirectBindings.Median(pixels, Width, Height, radius: 1), served);
    }

    [Fact]
    public async Task Canceling_a_long_job_stops_the_native_filter()
    {
        // Median radius 50 over 512x512: minutes of work if it were not stopped.
        var pixels = TestImages.Random(512, 512, seed: 11);
        using var client = factory.CreateClient();
        var image = await ServiceClient.UploadAsync(client, TestImages.Png(512, 512, pixels));
        var job = await ServiceClient.PostJobAsync(client, image, """[{"filter": "median", "parameters": {"radius": 50}}]""");
        await ServiceClient.WaitForStateAsync(client, job, s => s != "queued", TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        using (var cancel = await client.DeleteAsync($"/jobs/{job}"))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        var status = await ServiceClient.WaitForStateAsync(client, job, s => s is "canceled" or "succeeded" or "failed", TimeSpan.FromSeconds(30));

        Assert.Equal("canceled", status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("progress").GetDouble() < 1.0);
        // Wide margin: the filter checks its abort flag every few rows; the whole run would take minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"cancel took {clock.Elapsed}");
        using var result = await client.GetAsync($"/jobs/{job}/result");
        Assert.Equal(HttpStatusCode.Conflict, result.StatusCode);
    }

    [Fact]
    public async Task Locked_mode_runs_the_bindings_without_threads()
    {
        await using var locked = new LockedServiceFactory();
        using var client = locked.CreateClient();

        var info = await ServiceClient.GetJsonAsync(client, "/info");

        Assert.Equal("locked", info.GetProperty("mode").GetString());
        Assert.Equal("locked", info.GetProperty("bindings").GetString());
        Assert.True(info.GetProperty("globalDefaultNumberOfThreads").GetUInt32() >= 1);
        await BadRequestTests.AssertHealthyAndWorkingAsync(client);
    }
}
