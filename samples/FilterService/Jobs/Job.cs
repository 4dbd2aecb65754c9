using FilterService.Backend;
using FilterService.Filters;
using FilterService.Imaging;

namespace FilterService.Jobs;

/// <summary>One background job: a chain of steps over a stored image, its state, progress, placement and result.</summary>
public sealed class Job(string id, string imageId, ImageData input, IReadOnlyList<FilterStep> steps) : IRunObserver
{
    private readonly Lock _gate = new();
    private JobState _state = JobState.Queued;
    private double _progress;
    private string? _error;
    private ImageData? _result;
    private RunPlacement? _placement;
    private int _attempts;
    private TaskCompletionSource _changed = NewSignal();

    public string Id { get; } = id;

    public ImageData Input { get; } = input;

    public IReadOnlyList<FilterStep> Steps { get; } = steps;

    public CancellationTokenSource Cancellation { get; } = new();

    public JobStatus Status
    {
        get
        {
            lock (_gate)
            {
                return new JobStatus(Id, _state, _progress, _error, imageId, Steps.Select(s => s.ToString()).ToList(),
                    _placement?.Silo, _placement?.SiloName, _attempts);
            }
        }
    }

    public ImageData? Result
    {
        get
        {
            lock (_gate)
            {
                return _result;
            }
        }
    }

    /// <summary>Completes at the next change of state or progress.</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    public void Start() => Update(() =>
    {
        _state = JobState.Running;
        _attempts = Math.Max(_attempts, 1);
    });

    /// <summary>An attempt starts on a silo: progress starts again from 0.</summary>
    public void Placed(RunPlacement placement) => Update(() =>
    {
        _state = JobState.Running;
        _placement = placement;
        _attempts = placement.Attempt;
        _progress = 0;
    });

    /// <summary>Progress only rises, and stops once the job has finished.</summary>
    public void Report(double progress) => Update(() =>
    {
        if (_state == JobState.Running && progress > _progress)
        {
            _progress = progress;
        }
    });

    public void Succeed(ImageData result) => Update(() =>
    {
        _result = result;
        _progress = 1.0;
        _state = JobState.Succeeded;
    });

    public void Fail(string error) => Update(() =>
    {
        _error = error;
        _state = JobState.Failed;
    });

    public void MarkCanceled() => Update(() => _state = JobState.Canceled);

    private void Update(Action change)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (_state is JobState.Succeeded or JobState.Failed or JobState.Canceled)
            {
                return;
            }
            change();
            signal = _changed;
            _changed = NewSignal();
        }
        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
