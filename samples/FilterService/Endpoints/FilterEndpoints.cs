using FilterService.Backend;
using FilterService.Filters;
using FilterService.Imaging;
using Microsoft.Extensions.Options;

namespace FilterService.Endpoints;

/// <summary>GET /filters (the catalogue) and POST /filter/{name}?param=value (filters the body and answers with the result).</summary>
public static class FilterEndpoints
{
    private const string FormatKey = "format";

    public static void MapFilterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/filters", () => TypedResults.Ok(FilterCatalogue.All.Select(f => new
        {
            name = f.Name,
            description = f.Description,
            parameters = f.Parameters.Select(p => new
            {
                name = p.Name,
                description = p.Description,
                type = p.Integer ? "integer" : "number",
                minimum = p.Minimum,
                maximum = p.Maximum,
                required = p.Required,
                @default = p.Default,
            }),
        })));

        // The synchronous endpoint: the client's disconnect cancels the native filter (RequestAborted).
        app.MapPost("/filter/{name}", async (string name, HttpRequest request, ImageCodec codec, IFilterRunner runner, IOptions<ServiceOptions> options) =>
        {
            var aborted = request.HttpContext.RequestAborted;
            var step = FilterCatalogue.Resolve(name, request.Query
                .Where(q => q.Key != FormatKey)
                .Select(q => KeyValuePair.Create(q.Key, FilterCatalogue.ParseNumber(name, q.Key, q.Value.Count == 1 ? q.Value[0] : q.Value.ToString()))));
            var format = ImageFormats.Parse(request.Query[FormatKey]);
            var body = await RequestBodies.ReadImageAsync(request, options.Value.MaxUploadBytes, aborted);
            var input = codec.Decode(body);
            runner.Admit(input);
            var result = await runner.RunAsync([step], input, observer: null, aborted);
            return ImageEndpoints.Send(codec, result, format ?? ImageFormats.Detect(body) ?? ImageFormat.Png, $"{name}-result");
        });
    }
}
