namespace ItkBindGen.Tests.Shared;

/// <summary>An <see cref="IProgress{T}"/> that keeps every value in order, synchronously, and says when work began.</summary>
internal sealed class ProgressRecorder : IProgress<double>
{
    private readonly List<double> _values = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly double _startedAt;

    /// <param name="startedAt">The progress at which <see cref="Started"/> completes.</param>
    public ProgressRecorder(double startedAt = double.Epsilon) => _startedAt = startedAt;

    /// <summary>Completes at the first value of at least the threshold given.</summary>
    public Task Started => _started.Task;

    public double[] Values
    {
        get
        {
            lock (_values)
            {
                return [.. _values];
            }
        }
    }

    public void Report(double value)
    {
        lock (_values)
        {
            _values.Add(value);
        }
        if (value >= _startedAt)
        {
            _started.TrySetResult();
        }
    }
}
