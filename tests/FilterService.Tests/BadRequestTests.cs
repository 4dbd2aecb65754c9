using System.Net;
using System.Text.Json;

namespace ItkBindGen.FilterService.Tests;

/// <summary>The bad-request corpus: every row gets its 4xx problem, and the service stays healthy and useful after it.</summary>
public sealed class BadRequestTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Theory]
    [MemberData(nameof(BadRequestCorpus.Names), MemberType = typeof(BadRequestCorpus))]
    public async Task Bad_request_gets_its_problem_and_leaves_the_service_healthy(string name)
    {
        using var client = factory.CreateClient();
        await AssertProblemAsync(client, BadRequestCorpus.Get(name));
    }

    /// <summary>Sends the bad request; asserts its status and problem, then that the service still filters.</summary>
    internal static async Task AssertProblemAsync(HttpClient client, BadRequestCase bad)
    {
        var image = await ServiceClient.UploadAsync(client, TestImages.Png(16, 12, TestImages.Ramp(16, 12)));

        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Path.Replace("{image}", image));
        if (bad.Body is not null)
        {
            var body = bad.Body();
            request.Content = ServiceClient.Body(
                bad.ContentType == "application/json" ? BadRequestCase.Text(System.Text.Encoding.UTF8.GetString(body).Replace("{image}", image)) : body,
                bad.ContentType);
        }
        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(bad.Status == (int)response.StatusCode, $"{bad.Name}: expected {bad.Status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(bad.Status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(bad.Fragment, problem.RootElement.GetProperty("detail").GetString());

        await AssertHealthyAndWorkingAsync(client);
    }

    [Fact]
    public async Task Jobs_beyond_the_limit_get_429_and_the_limit_frees_up_after_cancel()
    {
        using var client = factory.CreateClient();
        var image = await ServiceClient.UploadAsync(client, TestImages.Png(256, 256, TestImages.Random(256, 256, 7)));
        const string Long = """[{"filter": "median", "parameters": {"radius": 50}}]""";
        var jobs = new List<string>();
        for (var i = 0; i < ServiceFactory.MaxActiveJobs; i++)
        {
            jobs.Add(await ServiceClient.PostJobAsync(client, image, Long));
        }

        using var refused = await client.PostAsync("/jobs", new StringContent($$"""{"image": "{{image}}", "steps": {{Long}}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("already queued or running", await refused.Content.ReadAsStringAsync());

        using var early = await client.GetAsync($"/jobs/{jobs[0]}/result");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("it has no result", await early.Content.ReadAsStringAsync());

        foreach (var job in jobs)
        {
            using var cancel = await client.DeleteAsync($"/jobs/{job}");
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        foreach (var job in jobs)
        {
            var status = await ServiceClient.WaitForStateAsync(client, job, s => s is "canceled" or "succeeded" or "failed", TimeSpan.FromSeconds(30));
            Assert.Equal("canceled", status.GetProperty("state").GetString());
        }
        await ServiceClient.PostJobAsync(client, image, """[{"filter": "median", "parameters": {"radius": 0}}]""");
        await AssertHealthyAndWorkingAsync(client);
    }

    internal static async Task AssertHealthyAndWorkingAsync(HttpClient client)
    {
        var health = await ServiceClient.GetJsonAsync(client, "/health");
        Assert.Equal("healthy", health.GetProperty("status").GetString());

        var pixels = TestImages.Ramp(16, 12);
        using var response = await client.PostAsync("/filter/threshold?lower=20&upper=40", ServiceClient.Body(TestImages.Png(16, 12, pixels), "image/png"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var (width, height, grey) = TestImages.DecodePng(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((16, 12), (width, height));
        Assert.Equal(pixels.Select(v => v is >= 20 and <= 40 ? (byte)255 : (byte)0), grey);
    }
}
