namespace ItkBindGen.Runtime.Tests;

public sealed class BindingLockProviderTests : IDisposable
{
    private readonly IBindingLockProvider _saved = BindingLock.Provider;

    public void Dispose() => BindingLock.SetProvider(_saved);

    [Fact]
    public void DefaultProviderIsInstalled()
    {
        Assert.IsType<DefaultBindingLockProvider>(BindingLock.Provider);
    }

    [Fact]
    public void InstalledProviderSeesOneEnterAndExitPerOutermostAcquisition()
    {
        var provider = new CountingProvider();
        BindingLock.SetProvider(provider);
        Assert.Same(provider, BindingLock.Provider);

        using (BindingLock.Acquire())
        {
            Assert.True(provider.IsHeldByCurrentThread);
            using (BindingLock.Acquire())
            using (BindingLock.HoldForNativeCall())
            using (BindingLock.AcquireForCallback())
            {
                Assert.Equal(1, provider.Enters);
                Assert.Equal(0, provider.Exits);
            }
        }

        Assert.Equal(1, provider.Enters);
        Assert.Equal(1, provider.Exits);
        Assert.False(provider.IsHeldByCurrentThread);
    }

    [Fact]
    public void ReleaseGoesThroughTheInstalledProvider()
    {
        var provider = new CountingProvider();
        BindingLock.SetProvider(provider);
        using (BindingLock.Acquire())
        using (BindingLock.Acquire())
        {
            using (BindingLock.Release())
            {
                Assert.False(provider.IsHeldByCurrentThread);
                Assert.Equal(1, provider.Exits);
            }

            Assert.True(provider.IsHeldByCurrentThread);
            Assert.Equal(2, provider.Enters);
            Assert.Equal(2, BindingLock.CurrentDepth);
        }

        Assert.Equal(2, provider.Exits);
    }

    [Fact]
    public void CallbacksTryEnterTheInstalledProvider()
    {
        var provider = new CountingProvider();
        BindingLock.SetProvider(provider);
        TestThreads.Finish(TestThreads.Start(() =>
        {
            using (BindingLock.AcquireForCallback())
            {
                Assert.True(provider.IsHeldByCurrentThread);
            }
        }));
        Assert.Equal(1, provider.TryEnters);
        Assert.Equal(1, provider.Exits);
    }

    [Fact]
    public void SetProviderWhileTheCurrentThreadHoldsTheLockThrows()
    {
        using (BindingLock.Acquire())
        {
            Assert.Throws<InvalidOperationException>(() => BindingLock.SetProvider(new CountingProvider()));
        }

        Assert.Same(_saved, BindingLock.Provider);
    }

    [Fact]
    public void SetProviderWhileAnotherThreadHoldsTheLockThrows()
    {
        using var holds = new ManualResetEventSlim();
        using var letGo = new ManualResetEventSlim();
        var other = TestThreads.Start(() =>
        {
            using (BindingLock.Acquire())
            {
                holds.Set();
                letGo.Wait();
            }
        });
        try
        {
            Assert.True(holds.Wait(TestThreads.Deadline));
            var error = Assert.Throws<InvalidOperationException>(() => BindingLock.SetProvider(new CountingProvider()));
            Assert.Contains("holds the binding lock", error.Message);
        }
        finally
        {
            letGo.Set();
            TestThreads.Finish(other);
        }

        Assert.Same(_saved, BindingLock.Provider);
    }

    [Fact]
    public void SetProviderRejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => BindingLock.SetProvider(null!));
    }

    /// <summary>A host lock that counts how the binding lock uses it.</summary>
    private sealed class CountingProvider : IBindingLockProvider
    {
        private readonly Lock _lock = new();
        private int _enters;
        private int _tryEnters;
        private int _exits;

        public int Enters => Volatile.Read(ref _enters);

        public int TryEnters => Volatile.Read(ref _tryEnters);

        public int Exits => Volatile.Read(ref _exits);

        public bool IsHeldByCurrentThread => _lock.IsHeldByCurrentThread;

        public void Enter()
        {
            _lock.Enter();
            Interlocked.Increment(ref _enters);
        }

        public bool TryEnter(TimeSpan timeout)
        {
            bool entered = _lock.TryEnter(timeout);
            if (entered)
            {
                Interlocked.Increment(ref _tryEnters);
            }

            return entered;
        }

        public void Exit()
        {
            Interlocked.Increment(ref _exits);
            _lock.Exit();
        }
    }
}
