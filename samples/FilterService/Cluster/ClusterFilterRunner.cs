using FilterService.Backend;
using FilterService.Filters;
using FilterService.Imaging;
using ItkBindGen.Runtime;
using Microsoft.Extensions.Options;

namespace FilterService.Cluster;

/// <summary>
/// Runs a chain of steps on a silo of the cluster, at least once: the input goes to the silo picked by capacity in
/// chunks, progress and the result come back as a stream. A silo that is lost mid-run (it left the membership, or a
/// call to it failed) costs one attempt and the run starts again on another; an ITK error ends the run at once.
/// </summary>
public sealed class ClusterFilterRunner(
    IClusterClient client, SiloPicker picker, ClusterView view, IOptions<ClusterSettings> settings, ILogger<ClusterFilterRunner> logger)
    : IFilterRunner
{
    // Events a message: a batch of result chunks stays far below Orleans' 100 MiB message limit.
    private const int EventsPerMessage = 8;

    public void Admit(ImageData input)
    {
        var bytes = PixelChunks.ByteCount(input.Width, input.Height);
        var limit = settings.Value.MaxJobImageBytes;
        if (bytes > limit)
        {
            throw RequestException.TooLarge(
                $"The image is {input.Width}x{input.Height} float pixels = {bytes} bytes; the cluster takes at most {limit} bytes a job.");
        }
    }

    public async Task<ImageData> RunAsync(IReadOnlyList<FilterStep> steps, ImageData input, IRunObserver? observer, CancellationToken cancellationToken)
    {
        Admit(input);
        var run = Guid.NewGuid().ToString("N");
        var specSteps = steps.Select(StepSpec.From).ToArray();
        var lost = new List<SiloAddress>();
        var errors = new List<string>();
        for (var attempt = 1; attempt <= settings.Value.MaxAttempts; attempt++)
        {
            var (silo, load) = await picker.PickAsync(lost, cancellationToken);
            try
            {
                var spec = new JobSpec(run, attempt, input.Width, input.Height, specSteps);
                return await AttemptAsync(silo, spec, input, observer, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not ItkException)
            {
                logger.LogWarning("Run {Run} attempt {Attempt} on {Silo} ({Name}) lost: {Error}", run, attempt, silo, load.Name, e.Message);
                lost.Add(silo);
                errors.Add($"attempt {attempt} on {load.Name}: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                picker.Release(silo);
            }
        }
        throw new RunFailedException($"The job was lost {errors.Count} times, the most it is tried: {string.Join("; ", errors)}");
    }

    // One attempt; returns as soon as the silo is known lost or the run canceled, whatever its calls are still doing.
    private async Task<ImageData> AttemptAsync(SiloAddress silo, JobSpec spec, ImageData input, IRunObserver? observer, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, view.WhenLost(silo));
        var streaming = StreamAsync(client.GetGrain<IFilterJobGrain>(SiloKeys.Job(silo, spec.JobId, spec.Attempt)), spec, input, observer, attempt.Token);
        try
        {
            return await streaming.WaitAsync(attempt.Token);
        }
        catch (OperationCanceledException) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _ = streaming.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new SiloUnavailableException($"Silo {silo} left the cluster during the run.");
        }
        catch
        {
            _ = streaming.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw;
        }
    }

    private async Task<ImageData> StreamAsync(IFilterJobGrain grain, JobSpec spec, ImageData input, IRunObserver? observer, CancellationToken cancellationToken)
    {
        foreach (var chunk in PixelChunks.Split(input.Pixels, settings.Value.ChunkBytes))
        {
            await grain.AddInputAsync(chunk).WaitAsync(cancellationToken);
        }
        PixelAssembler? result = null;
        var size = (Width: 0, Height: 0);
        await foreach (var e in grain.RunAsync(spec, cancellationToken).WithBatchSize(EventsPerMessage))
        {
            switch (e)
            {
                case JobEvent.Started started:
                    observer?.Placed(new RunPlacement(started.Silo, started.SiloName, spec.Attempt));
                    break;
                case JobEvent.Progressed progressed:
                    observer?.Report(progressed.Progress);
                    break;
                case JobEvent.Result r:
                    result = new PixelAssembler(r.Width, r.Height);
                    size = (r.Width, r.Height);
                    break;
                case JobEvent.ResultChunk chunk:
                    (result ?? throw new InvalidOperationException("A result chunk came before the result's size.")).Add(chunk.Chunk);
                    break;
                case JobEvent.Failed failed:
                    throw new ItkException(failed.Error);
            }
        }
        var pixels = result?.Pixels ?? throw new InvalidOperationException("The silo's stream ended without a result.");
        observer?.Report(1.0);
        return new ImageData(size.Width, size.Height, pixels);
    }
}
