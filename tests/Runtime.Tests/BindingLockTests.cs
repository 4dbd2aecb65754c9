namespace ItkBindGen.Runtime.Tests;

public class BindingLockTests
{
    [Fact]
    public void AcquireIsReentrantAndCountsDepth()
    {
        Assert.False(BindingLock.IsHeldByCurrentThread);
        Assert.Equal(0, BindingLock.CurrentDepth);
        using (BindingLock.Acquire())
        {
            Assert.True(BindingLock.IsHeldByCurrentThread);
            Assert.Equal(1, BindingLock.CurrentDepth);
            using (BindingLock.Acquire())
            {
                using (BindingLock.HoldForNativeCall())
                {
                    Assert.Equal(3, BindingLock.CurrentDepth);
                }

                Assert.Equal(2, BindingLock.CurrentDepth);
            }

            Assert.Equal(1, BindingLock.CurrentDepth);
        }

        Assert.False(BindingLock.IsHeldByCurrentThread);
        Assert.Equal(0, BindingLock.CurrentDepth);
    }

    [Fact]
    public void AcquireExcludesOtherThreads()
    {
        using var started = new ManualResetEventSlim();
        Task<bool> other;
        using (BindingLock.Acquire())
        {
            other = TestThreads.Start(() =>
            {
                started.Set();
                using (BindingLock.Acquire())
                {
                    return BindingLock.IsHeldByCurrentThread;
                }
            });
            started.Wait();
            Assert.False(TestThreads.CompletesWithin(other, TimeSpan.FromMilliseconds(200)), "Another thread got the lock while it was held.");
        }

        Assert.True(TestThreads.Finish(other));
    }

    [Fact]
    public void ReleaseFreesTheLockAndRestoresTheDepth()
    {
        using (BindingLock.Acquire())
        using (BindingLock.Acquire())
        using (BindingLock.HoldForNativeCall())
        {
            Assert.Equal(3, BindingLock.CurrentDepth);
            using (var released = BindingLock.Release())
            {
                Assert.True(released.Released);
                Assert.False(BindingLock.IsHeldByCurrentThread);
                Assert.Equal(0, BindingLock.CurrentDepth);

                // Another thread can take the lock while this one is inside the release scope.
                bool otherHeld = TestThreads.Finish(TestThreads.Start(() =>
                {
                    using (BindingLock.Acquire())
                    {
                        return BindingLock.IsHeldByCurrentThread;
                    }
                }));
                Assert.True(otherHeld);
            }

            Assert.True(BindingLock.IsHeldByCurrentThread);
            Assert.Equal(3, BindingLock.CurrentDepth);
        }

        Assert.Equal(0, BindingLock.CurrentDepth);
    }

    [Fact]
    public void ReleaseWhenNotHeldDoesNothing()
    {
        using (var released = BindingLock.Release())
        {
            Assert.False(released.Released);
            Assert.False(BindingLock.IsHeldByCurrentThread);
            Assert.False(BindingLock.IsInNativeCall);
        }

        Assert.Equal(0, BindingLock.CurrentDepth);
        default(ReleaseScope).Dispose();
        default(AcquireScope).Dispose();
        default(HoldScope).Dispose();
        default(CallbackScope).Dispose();
        Assert.Equal(0, BindingLock.CurrentDepth);
    }

    [Fact]
    public void ReleaseWaitsForAnotherThreadBeforeReacquiring()
    {
        using var otherHolds = new ManualResetEventSlim();
        using var letGo = new ManualResetEventSlim();
        using (BindingLock.Acquire())
        {
            Task other;
            using (BindingLock.Release())
            {
                other = TestThreads.Start(() =>
                {
                    using (BindingLock.Acquire())
                    {
                        otherHolds.Set();
                        letGo.Wait();
                    }
                });
                Assert.True(otherHolds.Wait(TestThreads.Deadline));
                letGo.Set();
            }

            // Disposing the release scope waited for the other thread to let go.
            TestThreads.Finish(other);
            Assert.Equal(1, BindingLock.CurrentDepth);
        }
    }

    [Fact]
    public void HoldMarksTheThreadAsInsideANativeCall()
    {
        Assert.False(BindingLock.IsInNativeCall);
        using (BindingLock.HoldForNativeCall())
        {
            Assert.True(BindingLock.IsInNativeCall);
            using (BindingLock.Release())
            {
                // A -threads call nested in a callback: still a wrapped call, but no longer holding the lock.
                Assert.True(BindingLock.IsInNativeCall);
            }
        }

        Assert.False(BindingLock.IsInNativeCall);
    }

    [Fact]
    public void ExitingALockNotHeldThrows()
    {
        Assert.Throws<SynchronizationLockException>(() => BindingLock.Exit(BindingThreadState.Current));
    }

    [Fact]
    public void CallbackTimeoutRejectsNegativeValues()
    {
        var saved = BindingLock.CallbackTimeout;
        try
        {
            Assert.Equal(TimeSpan.FromSeconds(5), saved);
            Assert.Throws<ArgumentOutOfRangeException>(() => BindingLock.CallbackTimeout = TimeSpan.FromSeconds(-1));
            BindingLock.CallbackTimeout = Timeout.InfiniteTimeSpan;
            Assert.Equal(Timeout.InfiniteTimeSpan, BindingLock.CallbackTimeout);
        }
        finally
        {
            BindingLock.CallbackTimeout = saved;
        }
    }
}
