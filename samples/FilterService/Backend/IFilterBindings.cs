using FilterService.Filters;
using FilterService.Imaging;

namespace FilterService.Backend;

/// <summary>One generated module of the bindings (with -threads or without), seen through what the service does with it.</summary>
public interface IFilterBindings
{
    /// <summary>"threads" or "locked": which binding module this is.</summary>
    string Name { get; }

    /// <summary>Reads a MetaImage file with the bindings' ImageFileReaderF2.</summary>
    ImageData ReadMetaImage(string path);

    /// <summary>Writes a MetaImage file with the bindings' ImageFileWriterF2.</summary>
    void WriteMetaImage(ImageData image, string path);

    /// <summary>MultiThreaderBase's global default number of threads: a short wrapped call that takes the binding lock.</summary>
    uint GlobalDefaultNumberOfThreads();

    /// <summary>Sets the thread count every filter made from now on starts with (ITK's pool is sized by it too).</summary>
    void SetGlobalDefaultNumberOfThreads(uint threads);

    /// <summary>Makes the native filter of <paramref name="step"/> over a native copy of <paramref name="input"/>.</summary>
    IFilterRun Prepare(FilterStep step, ImageData input);
}
