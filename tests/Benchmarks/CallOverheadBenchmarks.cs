using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ItkBindGen.Runtime;
using Locked = ItkCore.Locked;
using Threaded = ItkCore.Threaded;
#if HAVE_SWIG
using SwigCore = Swig.ItkCore;
#endif

namespace ItkBindGen.Benchmarks;

/// <summary>
/// What one wrapped call costs: a getter and a setter on a MedianImageFilter (ProcessObject's NumberOfWorkUnits,
/// trivial accessors from ITK's Set/Get macros, so they hold the lock even under <c>-threads</c>), a getter that is
/// not an accessor (Object's GetMTime, which releases), an array getter (GetRadius) and a static <c>%nothread</c>
/// function (TestHooks.Add), through every calling path. Each benchmark makes <see cref="Calls"/> calls, so the
/// reported time and allocation are per call.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public unsafe class CallOverheadBenchmarks
{
    public const int Calls = 1000;

    private Threaded.MedianImageFilterF2 _threaded = null!;
    private Locked.MedianImageFilterF2 _locked = null!;
    private nint _pointer;
#if HAVE_SWIG
    private SwigCore.ProcessObject _swig = null!;
#endif

    [GlobalSetup]
    public void Setup()
    {
        _threaded = new Threaded.MedianImageFilterF2();
        _threaded.SetNumberOfWorkUnits(1);
        _locked = new Locked.MedianImageFilterF2();
        _locked.SetNumberOfWorkUnits(1);
        _pointer = _threaded.NativePointer;
#if HAVE_SWIG
        _swig = SwigCore.ItkCoreSwig.NewMedianImageFilterF2();
        _swig.SetNumberOfWorkUnits(1);
#endif
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _threaded.Dispose();
        _locked.Dispose();
#if HAVE_SWIG
        SwigCore.ItkCoreSwig.UnRegister(_swig);
#endif
    }

    // Getter: GetNumberOfWorkUnits().

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls), BenchmarkCategory("get")]
    public uint GetRaw()
    {
        uint sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += NativeEntryPoints.RawGetNumberOfWorkUnits(_pointer);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("get")]
    public uint GetShimEntry()
    {
        uint sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += NativeEntryPoints.ShimGetNumberOfWorkUnits(_pointer, null);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("get")]
    public uint GetLocked()
    {
        uint sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _locked.GetNumberOfWorkUnits();
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("get")]
    public uint GetThreadedNotHeld()
    {
        uint sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _threaded.GetNumberOfWorkUnits();
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("get")]
    public uint GetThreadedHeld()
    {
        uint sum = 0;
        using (BindingLock.Acquire())
        {
            for (var i = 0; i < Calls; i++)
            {
                sum += _threaded.GetNumberOfWorkUnits();
            }
        }
        return sum;
    }

#if HAVE_SWIG
    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("get")]
    public uint GetSwig()
    {
        uint sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _swig.GetNumberOfWorkUnits();
        }
        return sum;
    }
#endif

    // Setter: SetNumberOfWorkUnits(1), the value it already has, so the filter is not modified.

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls), BenchmarkCategory("set")]
    public void SetRaw()
    {
        for (var i = 0; i < Calls; i++)
        {
            NativeEntryPoints.RawSetNumberOfWorkUnits(_pointer, 1);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("set")]
    public void SetShimEntry()
    {
        for (var i = 0; i < Calls; i++)
        {
            NativeEntryPoints.ShimSetNumberOfWorkUnits(_pointer, 1, null);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("set")]
    public void SetLocked()
    {
        for (var i = 0; i < Calls; i++)
        {
            _locked.SetNumberOfWorkUnits(1);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("set")]
    public void SetThreadedNotHeld()
    {
        for (var i = 0; i < Calls; i++)
        {
            _threaded.SetNumberOfWorkUnits(1);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("set")]
    public void SetThreadedHeld()
    {
        using (BindingLock.Acquire())
        {
            for (var i = 0; i < Calls; i++)
            {
                _threaded.SetNumberOfWorkUnits(1);
            }
        }
    }

#if HAVE_SWIG
    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("set")]
    public void SetSwig()
    {
        for (var i = 0; i < Calls; i++)
        {
            _swig.SetNumberOfWorkUnits(1);
        }
    }
#endif

    // A getter that is not a macro accessor, GetMTime(): under -threads it releases the lock.

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("mtime")]
    public ulong MtimeLocked()
    {
        ulong sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _locked.GetMTime();
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("mtime")]
    public ulong MtimeThreadedNotHeld()
    {
        ulong sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _threaded.GetMTime();
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("mtime")]
    public ulong MtimeThreadedHeld()
    {
        ulong sum = 0;
        using (BindingLock.Acquire())
        {
            for (var i = 0; i < Calls; i++)
            {
                sum += _threaded.GetMTime();
            }
        }
        return sum;
    }

#if HAVE_SWIG
    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("mtime")]
    public ulong MtimeSwig()
    {
        ulong sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _swig.GetMTime();
        }
        return sum;
    }
#endif

    // An array getter, GetRadius(): the returned ulong[2] should be its only allocation.

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("radius")]
    public ulong RadiusArrayAlone()
    {
        ulong sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            var array = new ulong[2];
            array[1] = (ulong)i;
            sum += array[1];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("radius")]
    public ulong RadiusThreadedNotHeld()
    {
        ulong sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _threaded.GetRadius()[1];
        }
        return sum;
    }

    // A static %nothread function: TestHooks.Add(a, b).

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls), BenchmarkCategory("add")]
    public int AddRaw()
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum = NativeEntryPoints.RawAdd(sum, i);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("add")]
    public int AddShimEntry()
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum = NativeEntryPoints.ShimAdd(sum, i, null);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("add")]
    public int AddLocked()
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum = Locked.TestHooks.Add(sum, i);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("add")]
    public int AddThreadedNothread()
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum = Threaded.TestHooks.Add(sum, i);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("add")]
    public int AddThreadedNothreadHeld()
    {
        var sum = 0;
        using (BindingLock.Acquire())
        {
            for (var i = 0; i < Calls; i++)
            {
                sum = Threaded.TestHooks.Add(sum, i);
            }
        }
        return sum;
    }

#if HAVE_SWIG
    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("add")]
    public int AddSwig()
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum = SwigCore.TestHooks.Add(sum, i);
        }
        return sum;
    }
#endif
}
