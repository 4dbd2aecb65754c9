using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace FilterService.Endpoints;

/// <summary>Reads request bodies within the limits, with a clear 4xx for a wrong type, an empty body or one too large.</summary>
public static class RequestBodies
{
    private static readonly string[] ImageTypes = ["image/png", "application/octet-stream", "application/x-metaimage"];

    public static async Task<byte[]> ReadImageAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        RequireType(request, ImageTypes);
        if (request.ContentLength > maxBytes)
        {
            throw RequestException.TooLarge($"The body is {request.ContentLength} bytes; the limit is {maxBytes} bytes.");
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw RequestException.TooLarge($"The body is over the limit of {maxBytes} bytes.");
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            throw RequestException.BadRequest("The body is empty: send a PNG or MetaImage (.mha) file.");
        }
        return buffer.ToArray();
    }

    public static async Task<T> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        RequireType(request, ["application/json"]);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, JsonSerializerOptions.Web, cancellationToken)
                ?? throw RequestException.BadRequest("The body is JSON null; expected an object.");
        }
        catch (JsonException e)
        {
            throw RequestException.BadRequest($"The body is not valid JSON for this request: {e.Message}");
        }
    }

    private static void RequireType(HttpRequest request, string[] accepted)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !accepted.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            throw RequestException.UnsupportedMediaType(
                $"Content-Type '{request.ContentType}' is not accepted here; send {string.Join(" or ", accepted)}.");
        }
    }
}
