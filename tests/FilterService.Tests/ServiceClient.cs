using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ItkBindGen.FilterService.Tests;

/// <summary>The calls the tests make, over an HttpClient of the in-process service or of a real port.</summary>
internal static class ServiceClient
{
    public static HttpContent Body(byte[] data, string? contentType)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public static async Task<string> UploadAsync(HttpClient client, byte[] image, string contentType = "image/png")
    {
        using var response = await client.PostAsync("/images", Body(image, contentType));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<string> PostJobAsync(HttpClient client, string imageId, string steps)
    {
        using var response = await client.PostAsync("/jobs",
            new StringContent($$"""{"image": "{{imageId}}", "steps": {{steps}}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetString()!;
        Assert.Equal($"/jobs/{id}", response.Headers.Location?.ToString());
        return id;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Polls the job until <paramref name="done"/> holds of its state, failing after the timeout.</summary>
    public static Task<JsonElement> WaitForStateAsync(HttpClient client, string jobId, Func<string, bool> done, TimeSpan timeout) =>
        WaitForStatusAsync(client, jobId, status => done(status.GetProperty("state").GetString()!), timeout);

    /// <summary>Polls the job until <paramref name="done"/> holds of its status, failing after the timeout.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string jobId, Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await GetJsonAsync(client, $"/jobs/{jobId}");
            if (done(status))
            {
                return status;
            }
            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} still {status} after {timeout}");
            await Task.Delay(20);
        }
    }

    /// <summary>Reads /jobs/{id}/events to its end: the (event, data) pairs in order.</summary>
    public static async Task<List<(string Event, JsonElement Data)>> ReadEventsAsync(HttpClient client, string jobId, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync($"/jobs/{jobId}/events", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var events = new List<(string, JsonElement)>();
        string? name = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add((name ?? "message", JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone()));
            }
        }
        return events;
    }
}
