namespace FilterService.Cluster;

/// <summary>
/// A piece of an image's float pixels (little-endian bytes, x fastest) at a byte offset; at most
/// <see cref="ClusterSettings.MaxChunkBytes"/>. Immutable: a call on the same silo passes it without a copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("filter-cluster.chunk")]
public sealed record ImageChunk(long Offset, byte[] Data);
