namespace FilterService.Jobs;

/// <summary>What GET /jobs/{id} and each server-sent event carry.</summary>
public sealed record JobStatus(string Id, JobState State, double Progress, string? Error, string Image, IReadOnlyList<string> Steps)
{
    public bool Finished => State is JobState.Succeeded or JobState.Failed or JobState.Canceled;
}
