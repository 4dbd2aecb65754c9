namespace ItkBindGen.Runtime;

/// <summary>
/// The body of a generated <c>UpdateAsync</c>: runs a process object's synchronous update on a
/// <see cref="NativeCallScheduler"/> thread, forwards its progress and turns cancellation into ITK's abort flag.
/// </summary>
/// <remarks>
/// <para>
/// The update is the generated synchronous call, so the binding lock follows the same <c>-threads</c> and
/// <c>%nothread</c> rules. Progress reaches <c>progress</c> rising only, and ends at 1 when the update succeeds.
/// </para>
/// <para>
/// Cancellation before the update starts: no native call is made. During it: the abort flag is set at once (from the
/// canceling thread, without the binding lock) and again at the next progress event, because ITK clears the flag when
/// a filter starts to execute; the task ends canceled as soon as the filter checks the flag and throws
/// <c>itk::ProcessAborted</c>. A filter that never checks it runs to its end and the task still ends canceled. Either
/// way the flag is cleared afterwards, so the object can update again.
/// </para>
/// </remarks>
public static class NativeUpdate
{
    /// <summary>Runs <paramref name="update"/> on <paramref name="process"/> on a native-call thread.</summary>
    /// <typeparam name="T">The proxy type.</typeparam>
    /// <param name="process">The process object.</param>
    /// <param name="update">The synchronous update, e.g. <c>static p =&gt; p.Update()</c>.</param>
    /// <param name="progress">Receives the progress, 0 to 1; may be null.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <param name="scheduler">The scheduler; <see cref="NativeCallScheduler.Default"/> when null.</param>
    /// <returns>The update's task: canceled (an <see cref="OperationCanceledException"/> carrying the token) when the
    /// token canceled it, faulted with the same typed exception as the synchronous update when native code failed.</returns>
    public static Task RunAsync<T>(T process, Action<T> update, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default, NativeCallScheduler? scheduler = null)
        where T : class, INativeUpdatable
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(update);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }
        var run = new UpdateRun<T>(process, update, progress, cancellationToken);
        return (scheduler ?? NativeCallScheduler.Default).Run(run.Execute, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="update"/> on the calling thread with the same progress and cancellation as
    /// <see cref="RunAsync"/>: for callers that stay synchronous (a thread of their own) but still want to cancel.
    /// </summary>
    /// <typeparam name="T">The proxy type.</typeparam>
    /// <param name="process">The process object.</param>
    /// <param name="update">The synchronous update, e.g. <c>static p =&gt; p.Update()</c>.</param>
    /// <param name="progress">Receives the progress, 0 to 1; may be null.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <exception cref="OperationCanceledException">The token canceled the update (it carries the token).</exception>
    public static void Run<T>(T process, Action<T> update, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        where T : class, INativeUpdatable
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(update);
        cancellationToken.ThrowIfCancellationRequested();
        new UpdateRun<T>(process, update, progress, cancellationToken).Execute();
    }

    private sealed class UpdateRun<T>(T process, Action<T> update, IProgress<double>? progress, CancellationToken cancellationToken)
        where T : class, INativeUpdatable
    {
        private double _reported = -1;

        internal void Execute()
        {
            EventHandler<ProgressEventArgs> onProgress = OnProgress;
            process.ProgressChanged += onProgress;
            var registration = cancellationToken.UnsafeRegister(static state => ((INativeUpdatable)state!).RequestAbort(), process);
            try
            {
                update(process);
            }
            catch (ItkProcessAbortedException aborted) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(aborted.Message, aborted, cancellationToken);
            }
            finally
            {
                // Disposing waits for a running abort request, so none can arrive after the flag is cleared.
                registration.Dispose();
                process.ProgressChanged -= onProgress;
                if (cancellationToken.IsCancellationRequested)
                {
                    process.ClearAbort();
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            Report(1.0);
        }

        private void OnProgress(object? sender, ProgressEventArgs e)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                process.RequestAbort();
                return;
            }
            Report(e.Progress);
        }

        private void Report(double value)
        {
            if (value > _reported)
            {
                _reported = value;
                progress?.Report(value);
            }
        }
    }
}
