using System.Text.Json;

namespace FilterService.Endpoints;

/// <summary>The body of POST /jobs: {"image": id, "steps": [{"filter": "median", "parameters": {"radius": 2}}]}.</summary>
public sealed record JobRequest(string? Image, IReadOnlyList<JobStepRequest>? Steps);

/// <summary>One step of a job request; parameter values must be JSON numbers.</summary>
public sealed record JobStepRequest(string? Filter, Dictionary<string, JsonElement>? Parameters);
