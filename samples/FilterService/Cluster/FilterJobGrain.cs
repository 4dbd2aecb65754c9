using System.Runtime.CompilerServices;
using System.Threading.Channels;
using FilterService.Backend;
using FilterService.Imaging;
using ItkBindGen.Runtime;
using Microsoft.Extensions.Options;

namespace FilterService.Cluster;

/// <summary>
/// One attempt of a job on the silo its key names. The filters run with <c>UpdateAsync</c> on the silo's native-call
/// threads; the grain only awaits, so its turns stay short however long ITK works. Progress and then the result stream
/// back in chunks; the stream's cancellation token reaches the native filter's abort flag.
/// </summary>
/// <remarks>
/// The activation is not deactivated from inside the stream (the caller could then find its enumerator gone before it
/// read the end); an idle one is collected after two minutes instead.
/// </remarks>
[SiloInKeyPlacement]
[CollectionAgeLimit(Minutes = 2)]
public sealed class FilterJobGrain(FilterExecutor executor, SiloWork work, IOptions<ClusterSettings> settings, ILogger<FilterJobGrain> logger)
    : Grain, IFilterJobGrain
{
    private readonly List<ImageChunk> _input = [];

    public Task AddInputAsync(ImageChunk chunk)
    {
        _input.Add(chunk);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<JobEvent> RunAsync(JobSpec spec, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var scope = work.Begin();
        yield return new JobEvent.Started(work.Address, work.Name);

        var pixels = new PixelAssembler(spec.Width, spec.Height);
        _input.ForEach(pixels.Add);
        _input.Clear();
        var input = new ImageData(spec.Width, spec.Height, pixels.Pixels);
        var steps = spec.Steps.Select(s => s.Resolve()).ToList();

        // Progress arrives on a native-call thread; the grain reads the latest value from the channel.
        var progress = Channel.CreateUnbounded<double>(new UnboundedChannelOptions { SingleReader = true });
        var run = RunAsync(steps, input, new Progress(progress.Writer), cancellationToken);
        await foreach (var value in Latest(progress.Reader, cancellationToken))
        {
            yield return new JobEvent.Progressed(value);
        }

        var (result, error) = await run;
        if (error is not null)
        {
            logger.LogInformation("Job {Job} attempt {Attempt} failed in ITK: {Error}", spec.JobId, spec.Attempt, error);
            yield return new JobEvent.Failed(error);
            yield break;
        }
        scope.Complete();
        yield return new JobEvent.Result(result!.Width, result.Height);
        foreach (var chunk in PixelChunks.Split(result.Pixels, settings.Value.ChunkBytes))
        {
            yield return new JobEvent.ResultChunk(chunk);
        }
    }

    // Native errors (every kind but an abort) become the job's error; cancellation and anything else end the stream.
    private async Task<(ImageData? Result, string? Error)> RunAsync(List<Filters.FilterStep> steps, ImageData input, Progress progress, CancellationToken cancellationToken)
    {
        try
        {
            return (await executor.RunAsync(steps, input, progress, cancellationToken), null);
        }
        catch (Exception e) when (e is IItkException and not OperationCanceledException)
        {
            return (null, e.Message);
        }
        finally
        {
            progress.Complete();
        }
    }

    // Each value read, skipping those already overtaken by a later one.
    private static async IAsyncEnumerable<double> Latest(ChannelReader<double> reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            var latest = double.NaN;
            while (reader.TryRead(out var value))
            {
                latest = value;
            }
            if (!double.IsNaN(latest))
            {
                yield return latest;
            }
        }
    }

    private sealed class Progress(ChannelWriter<double> writer) : IProgress<double>
    {
        public void Report(double value) => writer.TryWrite(value);

        public void Complete() => writer.TryComplete();
    }
}
