using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FilterService.Filters;
using FilterService.Imaging;
using FilterService.Jobs;
using Microsoft.Extensions.Options;

namespace FilterService.Endpoints;

/// <summary>Background jobs: POST /jobs, GET /jobs/{id}, its server-sent events, its result, and DELETE to cancel.</summary>
public static class JobEndpoints
{
    public static void MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/jobs", async (HttpRequest request, ImageStore images, JobStore jobs, IOptions<ServiceOptions> options) =>
        {
            var body = await RequestBodies.ReadJsonAsync<JobRequest>(request, request.HttpContext.RequestAborted);
            var imageId = string.IsNullOrEmpty(body.Image) ? throw RequestException.BadRequest("Missing 'image': the id POST /images returned.") : body.Image;
            var input = images.Get(imageId);
            var steps = ResolveSteps(body.Steps, options.Value.MaxSteps);
            var job = jobs.Submit(imageId, input, steps);
            return TypedResults.Accepted($"/jobs/{job.Id}", new { id = job.Id, state = job.Status.State });
        });

        app.MapGet("/jobs/{id}", (string id, JobStore jobs) => TypedResults.Ok(jobs.Get(id).Status));

        app.MapGet("/jobs/{id}/events", (string id, JobStore jobs, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(Events(jobs.Get(id), cancellationToken)));

        app.MapDelete("/jobs/{id}", (string id, JobStore jobs) =>
        {
            jobs.Cancel(id);
            return TypedResults.Accepted($"/jobs/{id}", jobs.Get(id).Status);
        });

        app.MapGet("/jobs/{id}/result", (string id, string? format, JobStore jobs, ImageCodec codec) =>
        {
            var job = jobs.Get(id);
            var status = job.Status;
            var result = job.Result ?? throw RequestException.Conflict(
                $"Job '{id}' is {status.State.ToString().ToLowerInvariant()}{(status.Error is null ? "" : $" ({status.Error})")}; it has no result.");
            return ImageEndpoints.Send(codec, result, ImageFormats.Parse(format) ?? ImageFormat.Png, $"job-{id}");
        });
    }

    private static List<FilterStep> ResolveSteps(IReadOnlyList<JobStepRequest>? steps, int maxSteps)
    {
        if (steps is null || steps.Count == 0)
        {
            throw RequestException.BadRequest("Missing 'steps': give at least one {\"filter\": ..., \"parameters\": {...}}.");
        }
        if (steps.Count > maxSteps)
        {
            throw RequestException.BadRequest($"{steps.Count} steps; a job has at most {maxSteps}.");
        }
        return steps.Select((step, i) =>
        {
            var name = step?.Filter ?? throw RequestException.BadRequest($"Step {i + 1} has no 'filter'.");
            return FilterCatalogue.Resolve(name, (step.Parameters ?? []).Select(p => KeyValuePair.Create(p.Key,
                p.Value.ValueKind == JsonValueKind.Number
                    ? p.Value.GetDouble()
                    : throw RequestException.BadRequest($"Parameter '{p.Key}' of filter '{name}' is {p.Value.ValueKind.ToString().ToLowerInvariant()}; it must be a number."))));
        }).ToList();
    }

    // The current status, then each change (at most one an interval), ending with the final state.
    private static async IAsyncEnumerable<SseItem<JobStatus>> Events(Job job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var changed = job.Changed;
            var status = job.Status;
            yield return new SseItem<JobStatus>(status, status.Finished ? "done" : "progress");
            if (status.Finished)
            {
                yield break;
            }
            await changed.WaitAsync(cancellationToken);
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }
}
