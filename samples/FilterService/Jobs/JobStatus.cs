namespace FilterService.Jobs;

/// <summary>
/// What GET /jobs/{id} and each server-sent event carry; in cluster mode also the silo of the latest attempt (its
/// address and name) and how many attempts the job has had.
/// </summary>
public sealed record JobStatus(string Id, JobState State, double Progress, string? Error, string Image, IReadOnlyList<string> Steps,
    string? Silo = null, string? SiloName = null, int Attempts = 0)
{
    public bool Finished => State is JobState.Succeeded or JobState.Failed or JobState.Canceled;
}
