namespace ItkBindGen.Runtime.Tests;

public sealed class BindingLockDeadlockTests : IDisposable
{
    private readonly TimeSpan _savedTimeout = BindingLock.CallbackTimeout;

    public BindingLockDeadlockTests() => BindingLock.CallbackTimeout = TimeSpan.FromMilliseconds(200);

    public void Dispose() => BindingLock.CallbackTimeout = _savedTimeout;

    [Fact]
    public void CallbackOnAnotherThreadFailsFastWhileTheOwnerHoldsTheLockForANativeCall()
    {
        int owner = Environment.CurrentManagedThreadId;
        BindingLockDeadlockException? caught;
        using (BindingLock.HoldForNativeCall())
        {
            // The "native call" waits for a callback on a worker thread, as a filter waits for its workers.
            caught = TestThreads.Finish(TestThreads.Start(() =>
            {
                try
                {
                    using (BindingLock.AcquireForCallback())
                    {
                        return null;
                    }
                }
                catch (BindingLockDeadlockException exception)
                {
                    return exception;
                }
            }));
        }

        Assert.NotNull(caught);
        Assert.Equal(owner, caught.OwnerThreadId);
        Assert.NotEqual(owner, caught.CallbackThreadId);
        Assert.True(caught.Waited >= TimeSpan.FromMilliseconds(150), $"gave up after {caught.Waited}");
        Assert.Contains($"thread {owner}", caught.Message);
        Assert.Contains("-threads", caught.Message);
        Assert.Contains("%thread", caught.Message);
    }

    [Fact]
    public void TrampolineOnAWorkerReportsTheDeadlockInsteadOfHanging()
    {
        var reported = new List<CallbackExceptionEventArgs>();
        EventHandler<CallbackExceptionEventArgs> listener = (_, e) => { lock (reported) { reported.Add(e); } };
        bool handlerRan = false;
        nint context = NativeCallbacks.Register((_, _) => handlerRan = true);
        NativeCallbacks.UnhandledCallbackException += listener;
        try
        {
            using (BindingLock.HoldForNativeCall())
            {
                TestThreads.Finish(TestThreads.Start(() => FakeNative.Invoke(context, ItkEventKind.Progress, 0.5)));
            }
        }
        finally
        {
            NativeCallbacks.UnhandledCallbackException -= listener;
            FakeNative.ReleaseContext(context);
        }

        Assert.False(handlerRan);
        var report = Assert.Single(reported);
        Assert.IsType<BindingLockDeadlockException>(report.Exception);
        Assert.Equal(ItkEventKind.Progress, report.Kind);
    }

    [Fact]
    public void CallbackWaitsNormallyWhenTheOwnerIsNotInANativeCall()
    {
        using var waiting = new ManualResetEventSlim();
        Task<int> callback;
        using (BindingLock.Acquire())
        {
            callback = TestThreads.Start(() =>
            {
                waiting.Set();
                using (BindingLock.AcquireForCallback())
                {
                    return BindingLock.CurrentDepth;
                }
            });
            waiting.Wait();

            // Well past the callback timeout: the callback must still be waiting, not failing.
            Assert.False(TestThreads.CompletesWithin(callback, TimeSpan.FromMilliseconds(600)));
        }

        Assert.Equal(1, TestThreads.Finish(callback));
    }

    [Fact]
    public void CallbackNoticesAnOwnerThatEntersANativeCallWhileItWaits()
    {
        using var waiting = new ManualResetEventSlim();
        Task<Exception?> callback;
        using (BindingLock.Acquire())
        {
            callback = TestThreads.Start<Exception?>(() =>
            {
                waiting.Set();
                try
                {
                    using (BindingLock.AcquireForCallback())
                    {
                        return null;
                    }
                }
                catch (BindingLockDeadlockException exception)
                {
                    return exception;
                }
            });
            waiting.Wait();
            Thread.Sleep(100);
            using (BindingLock.HoldForNativeCall())
            {
                Assert.IsType<BindingLockDeadlockException>(TestThreads.Finish(callback));
            }
        }
    }

    [Fact]
    public void CallbackOnTheOwningThreadIsReentrant()
    {
        int depthInHandler = -1;
        bool heldInHandler = false;
        nint context = NativeCallbacks.Register((_, _) =>
        {
            heldInHandler = BindingLock.IsHeldByCurrentThread;
            depthInHandler = BindingLock.CurrentDepth;
        });
        try
        {
            using (BindingLock.HoldForNativeCall())
            {
                FakeNative.Invoke(context, ItkEventKind.Start, 0);
                Assert.Equal(1, BindingLock.CurrentDepth);
            }
        }
        finally
        {
            FakeNative.ReleaseContext(context);
        }

        NativeErrors.ThrowPendingCallbackException();
        Assert.True(heldInHandler);
        Assert.Equal(2, depthInHandler);
    }

    [Fact]
    public void ReleasedCallUnderThreadsLetsWorkerCallbacksRun()
    {
        int ran = 0;
        nint context = NativeCallbacks.Register((_, _) => Interlocked.Increment(ref ran));
        try
        {
            using (BindingLock.Acquire())
            using (BindingLock.Release())
            {
                TestThreads.Finish(TestThreads.Start(() => FakeNative.Invoke(context, ItkEventKind.Progress, 1)));
            }
        }
        finally
        {
            FakeNative.ReleaseContext(context);
        }

        Assert.Equal(1, ran);
    }
}
