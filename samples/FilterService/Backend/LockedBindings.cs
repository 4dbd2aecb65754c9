using FilterService.Filters;
using FilterService.Imaging;
using ItkBindGen.Runtime;

namespace FilterService.Backend;

/// <summary>The bindings generated without -threads: every native call holds the binding lock until it returns.</summary>
/// <remarks>ThreadedBindings.cs with the other module's namespace: change both together.</remarks>
public sealed class LockedBindings : IFilterBindings
{
    public string Name => "locked";

    public ImageData ReadMetaImage(string path)
    {
        using var reader = new Locked.ImageFileReaderF2();
        reader.SetFileName(path);
        reader.Update();
        using var image = reader.GetOutput() ?? throw new InvalidOperationException("The reader has no output.");
        return ToData(image);
    }

    public void WriteMetaImage(ImageData image, string path)
    {
        using var native = ToNative(image);
        using var writer = new Locked.ImageFileWriterF2();
        writer.SetInput(native);
        writer.SetFileName(path);
        writer.Update();
    }

    public uint GlobalDefaultNumberOfThreads() => Locked.MultiThreaderBase.GetGlobalDefaultNumberOfThreads();

    public void SetGlobalDefaultNumberOfThreads(uint threads) => Locked.MultiThreaderBase.SetGlobalDefaultNumberOfThreads(threads);

    public IFilterRun Prepare(FilterStep step, ImageData input)
    {
        var image = ToNative(input);
        try
        {
            switch (step.Filter.Name)
            {
                case FilterCatalogue.Median:
                    var median = new Locked.MedianImageFilterF2();
                    median.SetInput(image);
                    median.SetRadius((ulong)step["radius"]);
                    return new Run(median, image, () => ToData(median.GetOutput()));
                case FilterCatalogue.Gaussian:
                    var gaussian = new Locked.DiscreteGaussianImageFilterF2();
                    gaussian.SetInput(image);
                    gaussian.SetVariance(step["variance"]);
                    gaussian.SetMaximumKernelWidth((int)step["maximumKernelWidth"]);
                    return new Run(gaussian, image, () => ToData(gaussian.GetOutput()));
                case FilterCatalogue.Threshold:
                    var threshold = new Locked.BinaryThresholdImageFilterF2UC2();
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

    private static Locked.ImageF2 ToNative(ImageData image) =>
        Locked.ImageF2.FromPixels(image.Pixels, (ulong)image.Width, (ulong)image.Height);

    private static ImageData ToData(Locked.ImageF2? image)
    {
        using var owned = image ?? throw new InvalidOperationException("The filter has no output.");
        var size = owned.GetBufferedSize();
        return new ImageData(checked((int)size[0]), checked((int)size[1]), owned.ToArray());
    }

    private static ImageData ToData(Locked.ImageUC2? image)
    {
        using var owned = image ?? throw new InvalidOperationException("The filter has no output.");
        var size = owned.GetBufferedSize();
        return new ImageData(checked((int)size[0]), checked((int)size[1]), Array.ConvertAll(owned.ToArray(), b => (float)b));
    }

    private sealed class Run : IFilterRun
    {
        private readonly Locked.ProcessObject _filter;
        private readonly Locked.ImageF2 _input;
        private readonly Func<ImageData> _output;
        private volatile bool _aborted;

        public Run(Locked.ProcessObject filter, Locked.ImageF2 input, Func<ImageData> output)
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
