using BenchmarkDotNet.Attributes;
using Threaded = ItkCore.Threaded;

namespace ItkBindGen.Benchmarks;

/// <summary>
/// What a call from C++ into a C# override costs: TestCalculator.ApplyTwice makes two virtual calls of Apply, which
/// stay in C++ on a plain director object and go native → C# → native on one whose class overrides Apply; next to
/// them a plain generated call (the C# side of Apply on a native object). And one Update of a one-pixel pipeline
/// whose GenerateData is C#, next to the same with a native filter. Each benchmark does <see cref="Ops"/> operations.
/// </summary>
public class DirectorCost
{
    public const int Ops = 1000;

    private sealed class Doubler : Threaded.TestCalculator
    {
        public override double Apply(double value) => value * 2;
    }

    private sealed class Copy : Threaded.ImageToImageFilterF2
    {
        protected override void GenerateData()
        {
            AllocateOutputs();
            using var input = GetInput()!;
            using var output = GetOutput()!;
            using var source = input.GetPixelView();
            using var target = output.GetPixelView();
            source.Span.CopyTo(target.Span);
        }
    }

    private Threaded.TestCalculator _plain = null!;
    private Doubler _overriding = null!;
    private Threaded.ImageF2 _pixel = null!;
    private Copy _managed = null!;
    private Threaded.MedianImageFilterF2 _native = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plain = new Threaded.TestCalculator();
        _overriding = new Doubler();
        _pixel = Threaded.ImageF2.FromPixels([1f], 1, 1);
        _managed = new Copy();
        _managed.SetInput(_pixel);
        _native = new Threaded.MedianImageFilterF2();
        _native.SetInput(_pixel);
        _native.SetRadius(0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _overriding.Dispose();
        _managed.Dispose();
        _native.Dispose();
        _pixel.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ops)]
    public double GeneratedCall()
    {
        double sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            sum += _plain.DivideBy(i, 1);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public double TwoVirtualCallsInCpp()
    {
        double sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            sum += _plain.ApplyTwice(i);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public double TwoDirectorCallsIntoCSharp()
    {
        double sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            sum += _overriding.ApplyTwice(i);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void UpdateNativeFilter()
    {
        for (var i = 0; i < Ops; i++)
        {
            _native.Modified();
            _native.Update();
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void UpdateManagedFilter()
    {
        for (var i = 0; i < Ops; i++)
        {
            _managed.Modified();
            _managed.Update();
        }
    }
}
