using FilterService.Imaging;
using Microsoft.Extensions.Options;

namespace FilterService.Endpoints;

/// <summary>POST /images (a PNG or .mha body) and GET /images/{id}?format=png|mha.</summary>
public static class ImageEndpoints
{
    public static void MapImageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/images", async (HttpRequest request, ImageCodec codec, ImageStore store, IOptions<ServiceOptions> options) =>
        {
            var body = await RequestBodies.ReadImageAsync(request, options.Value.MaxUploadBytes, request.HttpContext.RequestAborted);
            var image = codec.Decode(body);
            var id = store.Add(image);
            return TypedResults.Created($"/images/{id}", new { id, width = image.Width, height = image.Height });
        });

        app.MapGet("/images/{id}", (string id, string? format, ImageCodec codec, ImageStore store) =>
            Send(codec, store.Get(id), ImageFormats.Parse(format) ?? ImageFormat.Png, id));
    }

    /// <summary>The image as a file download of the given format.</summary>
    public static IResult Send(ImageCodec codec, ImageData image, ImageFormat format, string name) =>
        TypedResults.File(codec.Encode(image, format), ImageFormats.ContentType(format), $"{name}.{ImageFormats.Extension(format)}");
}
