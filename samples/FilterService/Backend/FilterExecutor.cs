using FilterService.Filters;
using FilterService.Imaging;
using Microsoft.Extensions.Options;

namespace FilterService.Backend;

/// <summary>Runs a chain of filter steps in the service's mode, each step's output the next one's input.</summary>
public sealed class FilterExecutor(IOptions<ServiceOptions> options) : IFilterRunner
{
    private readonly IFilterBindings _threaded = new ThreadedBindings();
    private readonly IFilterBindings _locked = new LockedBindings();
    private long _abortedUpdates;

    public RunMode Mode => options.Value.Mode;

    /// <summary>The binding module of this mode: without -threads for locked, with it otherwise.</summary>
    public IFilterBindings Bindings => Mode == RunMode.Locked ? _locked : _threaded;

    /// <summary>Updates that native code ended by raising ITK's AbortEvent (a cancellation that reached the filter).</summary>
    public long AbortedUpdates => Interlocked.Read(ref _abortedUpdates);

    /// <summary>
    /// In async mode every update is awaited on the runtime's native-call threads; in sync and locked modes it runs on
    /// the calling thread and the returned task is already complete.
    /// </summary>
    public async Task<ImageData> RunAsync(IReadOnlyList<FilterStep> steps, ImageData input, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var current = input;
        for (var i = 0; i < steps.Count; i++)
        {
            using var run = Bindings.Prepare(steps[i], current);
            var stepProgress = progress is null ? null : new StepProgress(progress, i, steps.Count);
            try
            {
                if (Mode == RunMode.Async)
                {
                    await run.UpdateAsync(stepProgress, cancellationToken);
                }
                else
                {
                    run.Update(stepProgress, cancellationToken);
                }
            }
            finally
            {
                if (run.Aborted)
                {
                    Interlocked.Increment(ref _abortedUpdates);
                }
            }
            current = run.Output();
        }
        progress?.Report(1.0);
        return current;
    }

    void IFilterRunner.Admit(ImageData input)
    {
        // In process: the upload limits already bound the input.
    }

    Task<ImageData> IFilterRunner.RunAsync(IReadOnlyList<FilterStep> steps, ImageData input, IRunObserver? observer, CancellationToken cancellationToken) =>
        RunAsync(steps, input, observer, cancellationToken);

    // Maps one step's 0-1 onto its share of the chain; reports on the reporting thread (no synchronization context).
    private sealed class StepProgress(IProgress<double> total, int index, int count) : IProgress<double>
    {
        public void Report(double value) => total.Report((index + Math.Clamp(value, 0, 1)) / count);
    }
}
