namespace FilterService;

/// <summary>A request the service refuses: becomes an RFC 7807 problem with this status and message.</summary>
public sealed class RequestException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public static RequestException BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static RequestException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);

    public static RequestException TooLarge(string detail) => new(StatusCodes.Status413PayloadTooLarge, "Too large", detail);

    public static RequestException UnsupportedMediaType(string detail) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    public static RequestException Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict", detail);

    public static RequestException TooMany(string detail) => new(StatusCodes.Status429TooManyRequests, "Too many requests", detail);
}
