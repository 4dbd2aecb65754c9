using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime.Tests;

public class NativeCallbacksTests
{
    [Fact]
    public void InvokeRunsTheHandlerWithKindAndProgressUnderTheLock()
    {
        var seen = new List<(ItkEventKind, double, bool)>();
        nint context = NativeCallbacks.Register((kind, progress) => seen.Add((kind, progress, BindingLock.IsHeldByCurrentThread)));
        FakeNative.Invoke(context, ItkEventKind.Start, 0);
        FakeNative.Invoke(context, ItkEventKind.Progress, 0.25);
        FakeNative.Invoke(context, ItkEventKind.End, 1);
        FakeNative.ReleaseContext(context);
        Assert.Equal([(ItkEventKind.Start, 0.0, true), (ItkEventKind.Progress, 0.25, true), (ItkEventKind.End, 1.0, true)], seen);
        Assert.False(BindingLock.IsHeldByCurrentThread);
    }

    [Fact]
    public void ReleaseFreesTheContextSoTheHandlerCanBeCollected()
    {
        var (context, handlerTarget) = RegisterCollectableHandler();
        Collect();
        Assert.True(handlerTarget.IsAlive, "The context must keep the handler alive until native code releases it.");
        FakeNative.ReleaseContext(context);
        Collect();
        Assert.False(handlerTarget.IsAlive);
    }

    [Fact]
    public void HandlerExceptionDuringAHeldCallIsRethrownAfterTheCall()
    {
        nint context = NativeCallbacks.Register(ThrowingHandler);
        try
        {
            using (BindingLock.HoldForNativeCall())
            {
                FakeNative.Invoke(context, ItkEventKind.Progress, 0.5);
                FakeNative.Invoke(context, ItkEventKind.Progress, 0.6); // a second failure is dropped
            }

            var ex = Assert.Throws<InvalidOperationException>(NativeErrors.ThrowPendingCallbackException);
            Assert.Equal("handler failed at 0.5", ex.Message);
            Assert.Contains(nameof(ThrowingHandler), ex.StackTrace);
            NativeErrors.ThrowPendingCallbackException(); // nothing left
        }
        finally
        {
            FakeNative.ReleaseContext(context);
        }
    }

    [Fact]
    public void HandlerExceptionInAThreadsNativeCallIsThrownWhenTheCallEnds()
    {
        nint context = NativeCallbacks.Register(ThrowingHandler);
        try
        {
            var thrown = Assert.Throws<InvalidOperationException>(() =>
            {
                using (NativeCall.Release())
                {
                    FakeNative.Invoke(context, ItkEventKind.Progress, 0.5);
                    Assert.True(BindingLock.IsInNativeCall);
                }
            });

            Assert.Equal("handler failed at 0.5", thrown.Message);
            Assert.False(BindingLock.IsInNativeCall);
            Assert.False(NativeErrors.HasPendingCallbackException);
        }
        finally
        {
            FakeNative.ReleaseContext(context);
        }
    }

    [Fact]
    public unsafe void PendingCallbackExceptionBecomesTheInnerExceptionOfANativeError()
    {
        nint context = NativeCallbacks.Register(ThrowingHandler);
        try
        {
            using (BindingLock.HoldForNativeCall())
            {
                FakeNative.Invoke(context, ItkEventKind.Progress, 0.5);
            }

            var ex = NativeErrorsTests.Convert(2, "itk::ProcessAborted", "aborted", null, null, 0, null);
            Assert.IsType<InvalidOperationException>(ex.InnerException);
            NativeErrors.ThrowPendingCallbackException();
        }
        finally
        {
            FakeNative.ReleaseContext(context);
        }
    }

    [Fact]
    public void HandlerExceptionOnAWorkerThreadRaisesTheEvent()
    {
        var reported = new List<CallbackExceptionEventArgs>();
        EventHandler<CallbackExceptionEventArgs> listener = (_, e) => { lock (reported) { reported.Add(e); } };
        nint context = NativeCallbacks.Register(ThrowingHandler);
        NativeCallbacks.UnhandledCallbackException += listener;
        int workerId = 0;
        try
        {
            using (BindingLock.Acquire())
            using (BindingLock.Release())
            {
                TestThreads.Finish(TestThreads.Start(() =>
                {
                    workerId = Environment.CurrentManagedThreadId;
                    FakeNative.Invoke(context, ItkEventKind.Iteration, 0.75);
                    NativeErrors.ThrowPendingCallbackException(); // nothing was stashed on the worker
                }));
            }
        }
        finally
        {
            NativeCallbacks.UnhandledCallbackException -= listener;
            FakeNative.ReleaseContext(context);
        }

        NativeErrors.ThrowPendingCallbackException(); // nor on the calling thread
        var report = Assert.Single(reported);
        Assert.Equal("handler failed at 0.75", report.Exception.Message);
        Assert.Equal(ItkEventKind.Iteration, report.Kind);
        Assert.Equal(workerId, report.ThreadId);
    }

    [Fact]
    public void HandlerExceptionWithNoListenerGoesToStandardError()
    {
        nint context = NativeCallbacks.Register(ThrowingHandler);
        var savedError = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            TestThreads.Finish(TestThreads.Start(() => FakeNative.Invoke(context, ItkEventKind.Modified, 0)));
        }
        finally
        {
            Console.SetError(savedError);
            FakeNative.ReleaseContext(context);
        }

        string text = captured.ToString();
        Assert.Contains("Modified event handler", text);
        Assert.Contains("handler failed at 0", text);
    }

    [Fact]
    public void RegisterRejectsANullHandler()
    {
        Assert.Throws<ArgumentNullException>(() => NativeCallbacks.Register(null!));
    }

    private static void ThrowingHandler(ItkEventKind kind, double progress) =>
        throw new InvalidOperationException($"handler failed at {progress}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (nint Context, WeakReference Target) RegisterCollectableHandler()
    {
        var state = new object();
        ItkEventHandler handler = (_, _) => GC.KeepAlive(state);
        return (NativeCallbacks.Register(handler), new WeakReference(handler));
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
