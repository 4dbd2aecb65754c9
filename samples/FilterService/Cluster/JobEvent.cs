namespace FilterService.Cluster;

/// <summary>
/// What a silo streams back for one attempt: <see cref="Started"/>, then <see cref="Progressed"/> events, then either
/// the <see cref="Result"/>'s size and its <see cref="ResultChunk"/>s, or <see cref="Failed"/> with ITK's message.
/// </summary>
[GenerateSerializer, Immutable, Alias("filter-cluster.event")]
public abstract record JobEvent
{
    /// <summary>The attempt runs on this silo (its address and name).</summary>
    [GenerateSerializer, Immutable, Alias("filter-cluster.event.started")]
    public sealed record Started(string Silo, string SiloName) : JobEvent;

    /// <summary>The chain's progress, 0 to 1, rising.</summary>
    [GenerateSerializer, Immutable, Alias("filter-cluster.event.progressed")]
    public sealed record Progressed(double Progress) : JobEvent;

    /// <summary>The filters succeeded: the result's size; its pixels follow in chunks, in order, and end the stream.</summary>
    [GenerateSerializer, Immutable, Alias("filter-cluster.event.result")]
    public sealed record Result(int Width, int Height) : JobEvent;

    /// <summary>A piece of the result's pixels.</summary>
    [GenerateSerializer, Immutable, Alias("filter-cluster.event.result-chunk")]
    public sealed record ResultChunk(ImageChunk Chunk) : JobEvent;

    /// <summary>The filter failed on this input (ITK's message): running it elsewhere would fail the same way.</summary>
    [GenerateSerializer, Immutable, Alias("filter-cluster.event.failed")]
    public sealed record Failed(string Error) : JobEvent;
}
