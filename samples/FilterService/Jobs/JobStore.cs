using System.Collections.Concurrent;
using FilterService.Backend;
using FilterService.Filters;
using FilterService.Imaging;
using ItkBindGen.Runtime;
using Microsoft.Extensions.Options;

namespace FilterService.Jobs;

/// <summary>
/// Accepts jobs up to a limit of queued and running ones, runs a few at a time in the background, keeps the finished
/// ones for their results (the oldest dropped beyond a limit), and cancels on request.
/// </summary>
public sealed class JobStore(IFilterRunner runner, IOptions<ServiceOptions> options, ILogger<JobStore> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Job> _jobs = new();
    private readonly ConcurrentQueue<string> _finished = new();
    private readonly SemaphoreSlim _running = new(Math.Max(1, options.Value.MaxRunningJobs));
    private int _active;

    public int ActiveCount => Volatile.Read(ref _active);

    public Job Submit(string imageId, ImageData input, IReadOnlyList<FilterStep> steps)
    {
        runner.Admit(input);
        if (Interlocked.Increment(ref _active) > options.Value.MaxActiveJobs)
        {
            Interlocked.Decrement(ref _active);
            throw RequestException.TooMany($"{options.Value.MaxActiveJobs} jobs are already queued or running; try again when one has finished.");
        }
        var job = new Job(Guid.NewGuid().ToString("N"), imageId, input, steps);
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job));
        return job;
    }

    public Job Get(string id) =>
        _jobs.TryGetValue(id, out var job) ? job : throw RequestException.NotFound($"No job with id '{id}'.");

    public void Cancel(string id)
    {
        var job = Get(id);
        if (!job.Status.Finished)
        {
            job.Cancellation.Cancel();
        }
    }

    private async Task RunAsync(Job job)
    {
        var token = job.Cancellation.Token;
        try
        {
            await _running.WaitAsync(token);
            try
            {
                job.Start();
                job.Succeed(await runner.RunAsync(job.Steps, job.Input, job, token));
            }
            finally
            {
                _running.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            job.MarkCanceled();
        }
        catch (ItkException e)
        {
            job.Fail(e.Message);
        }
        catch (RunFailedException e)
        {
            logger.LogWarning(e, "Job {Id} failed", job.Id);
            job.Fail(e.Message);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Job {Id} failed", job.Id);
            job.Fail($"Internal error: {e.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _active);
            Retire(job);
        }
    }

    private void Retire(Job job)
    {
        _finished.Enqueue(job.Id);
        while (_finished.Count > options.Value.MaxFinishedJobs && _finished.TryDequeue(out var oldest))
        {
            if (_jobs.TryRemove(oldest, out var removed))
            {
                removed.Cancellation.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            job.Cancellation.Cancel();
        }
        _running.Dispose();
    }

}
