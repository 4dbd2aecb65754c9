using FilterService.Backend;
using ItkBindGen.Runtime;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FilterService;

/// <summary>
/// Turns what a handler throws into an RFC 7807 problem: the service's own refusals with their status, bad HTTP
/// (Kestrel's limits, a broken body) with its status, native errors from user data as 422, anything else as 500.
/// </summary>
public sealed class ProblemResponses(IProblemDetailsService problems, ILogger<ProblemResponses> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; its filter was canceled with it. Nobody reads this answer.
            context.Response.StatusCode = 499;
            return true;
        }
        var (status, title, detail) = exception switch
        {
            RequestException e => (e.Status, e.Title, e.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
            ItkException e => (StatusCodes.Status422UnprocessableEntity, "The filter failed on this input", e.Message),
            RunFailedException e => (StatusCodes.Status503ServiceUnavailable, "The filter could not be run", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The service failed; see its log."),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
