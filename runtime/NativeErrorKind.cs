namespace ItkBindGen.Runtime;

/// <summary>The values of <see cref="NativeError.Kind"/>: what the shim caught.</summary>
public enum NativeErrorKind
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary><c>itk::ExceptionObject</c> (generic); becomes <see cref="ItkException"/>.</summary>
    ItkException = 1,

    /// <summary><c>itk::ProcessAborted</c>; becomes <see cref="ItkProcessAbortedException"/>.</summary>
    ProcessAborted = 2,

    /// <summary><c>std::bad_alloc</c> or <c>itk::MemoryAllocationError</c>; becomes <see cref="OutOfMemoryException"/>.</summary>
    OutOfMemory = 3,

    /// <summary><c>itk::InvalidArgumentError</c> or <c>std::invalid_argument</c>; becomes <see cref="ItkArgumentException"/>.</summary>
    InvalidArgument = 4,

    /// <summary><c>itk::RangeError</c> or <c>std::out_of_range</c>; becomes <see cref="ItkRangeException"/>.</summary>
    Range = 5,

    /// <summary>Another <c>std::exception</c>; becomes <see cref="NativeException"/>.</summary>
    StdException = 6,

    /// <summary>Something not derived from <c>std::exception</c>; becomes <see cref="NativeException"/>.</summary>
    Unknown = 7,

    /// <summary>
    /// A C# override called by a director threw (<c>ibg::ManagedCallbackError</c>, an <c>itk::ExceptionObject</c>);
    /// becomes <see cref="ItkException"/> whose <see cref="Exception.InnerException"/> is the C# exception.
    /// </summary>
    ManagedCallback = 8,
}
