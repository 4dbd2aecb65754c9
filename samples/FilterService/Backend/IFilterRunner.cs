using FilterService.Filters;
using FilterService.Imaging;

namespace FilterService.Backend;

/// <summary>Runs a chain of filter steps: in this process (<see cref="FilterExecutor"/>) or on a silo of the cluster.</summary>
public interface IFilterRunner
{
    /// <summary>Refuses, with a 4xx request exception, an input this runner cannot take; called before a job is accepted.</summary>
    void Admit(ImageData input);

    /// <summary>Runs the steps, each step's output the next one's input; reports placements and progress to <paramref name="observer"/>.</summary>
    Task<ImageData> RunAsync(IReadOnlyList<FilterStep> steps, ImageData input, IRunObserver? observer, CancellationToken cancellationToken);
}
