using FilterService.Filters;
using FilterService.Imaging;
using ItkBindGen.Runtime;

namespace FilterService.Backend;

/// <summary>The bindings generated with -threads: every long native call releases the binding lock.</summary>
/// <remarks>LockedBindings.cs is this file with the other module's namespace: change both together.</remarks>
public sealed class ThreadedBindings : IFilterBindings
{
    public string Name => "threads";

    public ImageData ReadMetaImage(string path)
    {
        using var reader = new Threaded.ImageFileReaderF2();
        reader.SetFileName(path);
        reader.Update();
        using var image = reader.GetOutput() ?? throw new InvalidOperationException("The reader has no output.");
        return ToData(image);
    }

    public void WriteMetaImage(ImageData image, string path)
    {
        using var native = ToNative(image);
        using var writer = new Threaded.ImageFileWriterF2();
        writer.SetInput(native);
        writer.SetFileName(path);
        writer.Update();
    }

    public uint GlobalDefaultNumberOfThreads() => Threaded.MultiThreaderBase.GetGlobalDefaultNumberOfThreads();

    public void SetGlobalDefaultNumberOfThreads(uint threads) => Threaded.MultiThreaderBase.SetGlobalDefaultNumberOfThreads(threads);

    public IFilterRun Prepare(FilterStep step, ImageData input)
    {
        var image = ToNative(input);
        try
        {
            switch (step.Filter.Name)
            {
                case FilterCatalogue.Median:
                    var median = new Threaded.MedianImageFilterF2();
                    median.SetInput(image);
                    median.SetRadius((ulong)step["radius"]);
                    return new Run(median, image, () => ToData(median.GetOutput()));
                case FilterCatalogue.Gaussian:
                    var gaussian = new Threaded.DiscreteGaussianImageFilterF2();
                    gaussian.SetInput(image);
                    gaussian.SetVariance(step["variance"]);
                    gaussian.SetMaximumKernelWidth((int)step["maximumKernelWidth"]);
                    return new Run(gaussian, image, () => ToData(gaussian.GetOutput()));
                case FilterCatalogue.Threshold:
                    var threshold = new Threaded.BinaryThresholdImageFilterF2UC2();
                    threshold.SetInput(image);
                    threshold.SetLowerThreshold((float)step["lower"]);
                    threshold.SetUpperThreshold((float)step["upper"]);
                    threshold.SetInsideValue((byte)step["inside"]);
                    threshold.SetOutsideValue((byte)step["outside"]);
                    return new Run(threshold, image, () => ToData(threshold.GetOutput()));
                default:
                    throw new ArgumentException($"No binding for filter '{step.Filter.Name}'.", nameof(step));
            }
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }

    private static Threaded.ImageF2 ToNative(ImageData image) =>
        Threaded.ImageF2.FromPixels(image.Pixels, (ulong)image.Width, (ulong)image.Height);

    private static ImageData ToData(Threaded.ImageF2? image)
    {
        using var owned = image ?? throw new InvalidOperationException("The filter has no output.");
        var size = owned.GetBufferedSize();
        return new ImageData(checked((int)size[0]), checked((int)size[1]), owned.ToArray());
    }

    private static ImageData ToData(Threaded.ImageUC2? image)
    {
        using var owned = image ?? throw new InvalidOperationException("The filter has no output.");
        var size = owned.GetBufferedSize();
        return new ImageData(checked((int)size[0]), checked((int)size[1]), Array.ConvertAll(owned.ToArray(), b => (float)b));
    }

    private sealed class Run : IFilterRun
    {
        private readonly Threaded.ProcessObject _filter;
        private readonly Threaded.ImageF2 _input;
        private readonly Func<ImageData> _output;
        private volatile bool _aborted;

        public Run(Threaded.ProcessObject filter, Threaded.ImageF2 input, Func<ImageData> output)
        {
            _filter = filter;
            _input = input;
            _output = output;
            // ITK raises AbortEvent on the updating thread when the abort flag stopped the filter.
            filter.Aborted += (_, _) => _aborted = true;
        }

        public bool Aborted => _aborted;

        public Task UpdateAsync(IProgress<double>? progress, CancellationToken cancellationToken) =>
            _filter.UpdateAsync(progress, cancellationToken);

        public void Update(IProgress<double>? progress, CancellationToken cancellationToken) =>
            NativeUpdate.Run(_filter, static f => f.Update(), progress, cancellationToken);

        public ImageData Output() => _output();

        public void Dispose()
        {
            _filter.Dispose();
            _input.Dispose();
        }
    }
}
