using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime.Tests;

/// <summary>The scope every generated call is made in: lock policy, call mark and error, composed.</summary>
public unsafe class NativeCallTests
{
    private static int s_freed;

    [Fact]
    public void AReleasingCallWithoutTheLockMarksTheThreadAndLeavesTheLockAlone()
    {
        using (var call = NativeCall.Release())
        {
            Assert.True(BindingLock.IsInNativeCall);
            Assert.False(BindingLock.IsHeldByCurrentThread);
            Assert.True(call.Error != null);
            Assert.True(*call.Error == null);
        }

        Assert.False(BindingLock.IsInNativeCall);
    }

    [Fact]
    public void AReleasingCallGivesUpAHeldLockAndRestoresItsDepth()
    {
        using (BindingLock.Acquire())
        using (BindingLock.Acquire())
        {
            using (NativeCall.Release())
            {
                Assert.False(BindingLock.IsHeldByCurrentThread);
                // Another thread can take the lock meanwhile.
                Assert.True(TestThreads.Finish(TestThreads.Start(() => { using (BindingLock.Acquire()) { return true; } })));
            }

            Assert.Equal(2, BindingLock.CurrentDepth);
        }

        Assert.False(BindingLock.IsHeldByCurrentThread);
    }

    [Fact]
    public void AHoldingCallHoldsTheLockReentrantlyAndIsANativeCall()
    {
        using (NativeCall.Hold())
        {
            Assert.True(BindingLock.IsHeldByCurrentThread);
            Assert.True(BindingLock.IsInNativeCall);
            using (NativeCall.Hold())
            {
                Assert.Equal(2, BindingLock.CurrentDepth);
            }

            // A -threads call made from a callback during a holding call gives the lock up and takes it back.
            using (NativeCall.Release())
            {
                Assert.False(BindingLock.IsHeldByCurrentThread);
            }

            Assert.Equal(1, BindingLock.CurrentDepth);
        }

        Assert.False(BindingLock.IsHeldByCurrentThread);
        Assert.False(BindingLock.IsInNativeCall);
    }

    [Fact]
    public void AKeepingCallLeavesTheLockAsTheCallerHasIt()
    {
        using (NativeCall.Keep())
        {
            Assert.False(BindingLock.IsHeldByCurrentThread);
            Assert.True(BindingLock.IsInNativeCall);
        }

        using (BindingLock.Acquire())
        {
            using (NativeCall.Keep())
            {
                Assert.Equal(1, BindingLock.CurrentDepth);
                Assert.True(BindingLock.IsInNativeCall);
            }

            Assert.Equal(1, BindingLock.CurrentDepth);
        }

        Assert.False(BindingLock.IsInNativeCall);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AReportedErrorIsThrownAfterTheLockIsBackAndIsFreedThroughItsReleaseFunction(bool hold)
    {
        s_freed = 0;
        var thrown = Assert.Throws<ItkException>(() =>
        {
            using (BindingLock.Acquire())
            {
                try
                {
                    using (var call = hold ? NativeCall.Hold() : NativeCall.Release())
                    {
                        *call.Error = NewError("the filter failed");
                    }
                }
                finally
                {
                    // The exception leaves the scope with the lock as the caller had it.
                    Assert.Equal(1, BindingLock.CurrentDepth);
                    Assert.False(BindingLock.IsInNativeCall);
                }
            }
        });

        Assert.Equal("the filter failed", thrown.Message);
        Assert.Equal(1, s_freed);
        using (var call = NativeCall.Release())
        {
            Assert.True(*call.Error == null);
        }
    }

    [Fact]
    public void ACallNestedInACallbackLeavesTheOuterCallsErrorSlotEmpty()
    {
        s_freed = 0;
        using (var outer = NativeCall.Release())
        {
            Assert.Throws<ItkException>(() =>
            {
                using (var inner = NativeCall.Release())
                {
                    *inner.Error = NewError("inner");
                }
            });
            Assert.True(*outer.Error == null);
        }

        Assert.Equal(1, s_freed);
    }

    [Fact]
    public void AStaticErrorRecordIsNotFreed()
    {
        var error = (NativeError*)NativeMemory.AllocZeroed((nuint)sizeof(NativeError));
        try
        {
            error->Kind = (int)NativeErrorKind.OutOfMemory;
            Assert.Throws<OutOfMemoryException>(() => NativeErrors.ThrowIfError(error));
        }
        finally
        {
            NativeMemory.Free(error);
        }
    }

    [Fact]
    public void ADefaultScopeDisposesToNothing()
    {
        default(NativeCall).Dispose();
        Assert.False(BindingLock.IsInNativeCall);
    }

    private static NativeError* NewError(string description)
    {
        var error = (NativeError*)NativeMemory.AllocZeroed((nuint)sizeof(NativeError));
        error->Kind = (int)NativeErrorKind.ItkException;
        error->Description = Marshal.StringToCoTaskMemUTF8(description);
        error->Release = (nint)(delegate* unmanaged<NativeError*, void>)&FreeError;
        return error;
    }

    [UnmanagedCallersOnly]
    private static void FreeError(NativeError* error)
    {
        Marshal.FreeCoTaskMem(error->Description);
        NativeMemory.Free(error);
        s_freed++;
    }
}
