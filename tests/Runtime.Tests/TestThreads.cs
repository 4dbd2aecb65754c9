namespace ItkBindGen.Runtime.Tests;

/// <summary>Runs work on dedicated threads with a deadline, so a locking bug fails a test instead of hanging it.</summary>
internal static class TestThreads
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static Task Start(Action action) =>
        Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static Task<T> Start<T>(Func<T> action) =>
        Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Whether the task ends within <paramref name="timeout"/>; blocking on purpose, the lock is thread-affine.</summary>
    public static bool CompletesWithin(Task task, TimeSpan timeout) => task.Wait(timeout);

    public static void Finish(Task task)
    {
        Assert.True(task.Wait(Deadline), "The thread did not finish in time (deadlock?).");
    }

    public static T Finish<T>(Task<T> task)
    {
        Assert.True(task.Wait(Deadline), "The thread did not finish in time (deadlock?).");
        return task.Result;
    }
}
