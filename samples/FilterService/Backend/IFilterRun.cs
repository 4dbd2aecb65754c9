using FilterService.Imaging;

namespace FilterService.Backend;

/// <summary>A native filter with its input set, to be updated once in one of the two ways and then read.</summary>
public interface IFilterRun : IDisposable
{
    /// <summary>The generated <c>UpdateAsync</c>: the update runs on the runtime's native-call threads.</summary>
    Task UpdateAsync(IProgress<double>? progress, CancellationToken cancellationToken);

    /// <summary>The generated synchronous <c>Update()</c>, on the calling thread.</summary>
    void Update(IProgress<double>? progress, CancellationToken cancellationToken);

    /// <summary>Whether the native filter raised ITK's AbortEvent: its abort flag stopped it.</summary>
    bool Aborted { get; }

    /// <summary>The filter's output, copied to managed memory.</summary>
    ImageData Output();
}
