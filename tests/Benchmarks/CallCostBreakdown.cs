using BenchmarkDotNet.Attributes;
using ItkBindGen.Runtime;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.Benchmarks;

/// <summary>
/// The pieces a generated call is made of, each alone, to say what bounds the per-call figures: marshalling
/// the <see cref="NativeObjectHandle"/> (SafeHandle), the error out-parameter and its check, and each binding
/// lock scope with no native call inside. Each benchmark does <see cref="Ops"/> operations.
/// </summary>
public unsafe class CallCostBreakdown
{
    public const int Ops = 1000;

    private readonly Lock _plainLock = new();
    private Threaded.MedianImageFilterF2 _filter = null!;
    private NativeObjectHandle _handle = null!;
    private nint _pointer;

    [GlobalSetup]
    public void Setup()
    {
        _filter = new Threaded.MedianImageFilterF2();
        _handle = _filter.Handle;
        _pointer = _filter.NativePointer;
    }

    [GlobalCleanup]
    public void Cleanup() => _filter.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Ops)]
    public uint GetterRawPointer()
    {
        uint sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            sum += NativeEntryPoints.RawGetNumberOfWorkUnits(_pointer);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public uint GetterSafeHandle()
    {
        uint sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            sum += NativeEntryPoints.RawGetNumberOfWorkUnitsHandle(_handle);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public uint GetterSafeHandleErrorChecked()
    {
        uint sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            void* error = null;
            sum += NativeEntryPoints.ShimGetNumberOfWorkUnitsHandle(_handle, &error);
            if (error != null)
            {
                throw new InvalidOperationException("unexpected native error");
            }
            NativeErrors.ThrowPendingCallbackException();
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void ReleaseScopeNotHeld()
    {
        for (var i = 0; i < Ops; i++)
        {
            using (BindingLock.Release())
            {
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void ReleaseScopeHeld()
    {
        using (BindingLock.Acquire())
        {
            for (var i = 0; i < Ops; i++)
            {
                using (BindingLock.Release())
                {
                }
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void HoldForNativeCallScope()
    {
        for (var i = 0; i < Ops; i++)
        {
            using (BindingLock.HoldForNativeCall())
            {
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void AcquireScope()
    {
        for (var i = 0; i < Ops; i++)
        {
            using (BindingLock.Acquire())
            {
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void NativeCallReleaseNotHeld()
    {
        for (var i = 0; i < Ops; i++)
        {
            using (NativeCall.Release())
            {
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void NativeCallHoldNotHeld()
    {
        for (var i = 0; i < Ops; i++)
        {
            using (NativeCall.Hold())
            {
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void NativeCallHoldHeld()
    {
        using (BindingLock.Acquire())
        {
            for (var i = 0; i < Ops; i++)
            {
                using (NativeCall.Hold())
                {
                }
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void PlainLockExitEnterHeld()
    {
        _plainLock.Enter();
        for (var i = 0; i < Ops; i++)
        {
            _plainLock.Exit();
            _plainLock.Enter();
        }
        _plainLock.Exit();
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void PlainLockEnterExit()
    {
        for (var i = 0; i < Ops; i++)
        {
            _plainLock.Enter();
            _plainLock.Exit();
        }
    }
}
