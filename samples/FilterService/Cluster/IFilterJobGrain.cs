namespace FilterService.Cluster;

/// <summary>
/// One attempt of one job on the silo its key names (<see cref="SiloKeys"/>): receives the input in chunks, then runs
/// and streams its events. Canceling the stream's token sets ITK's abort flag on that silo.
/// </summary>
[Alias("filter-cluster.job-grain")]
public interface IFilterJobGrain : IGrainWithStringKey
{
    [Alias("add-input")]
    Task AddInputAsync(ImageChunk chunk);

    [Alias("run")]
    IAsyncEnumerable<JobEvent> RunAsync(JobSpec spec, CancellationToken cancellationToken = default);
}
