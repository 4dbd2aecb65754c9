namespace ItkBindGen.Runtime;

/// <summary>
/// A zero-copy view of a native pixel buffer. The view holds a reference on the image's handle, so the image
/// (and its buffer) cannot be freed while the view lives, even if the image proxy is disposed.
/// </summary>
/// <typeparam name="T">The pixel type, matching the native buffer's element layout.</typeparam>
/// <remarks>
/// A <see cref="System.Span{T}"/> taken from <see cref="Span"/> must not outlive the view: dispose the view only
/// after its last use. Reallocating the buffer on the native side (for example <c>Allocate()</c> again) also
/// invalidates the view.
/// </remarks>
public sealed unsafe class ImageBufferView<T> : IDisposable
    where T : unmanaged
{
    // Set only once the reference is taken, so a constructor that threw leaves the finalizer nothing to release.
    private readonly NativeObjectHandle? _owner;
    private readonly nint _buffer;
    private readonly int _length;
    private int _disposed;

    /// <summary>Creates a view of <paramref name="length"/> pixels at <paramref name="buffer"/>, owned by <paramref name="owner"/>.</summary>
    /// <param name="owner">The handle of the image that owns the buffer.</param>
    /// <param name="buffer">The first pixel.</param>
    /// <param name="length">The number of pixels.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="buffer"/> is 0 for a non-empty view.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="owner"/> is closed.</exception>
    public ImageBufferView(NativeObjectHandle owner, nint buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (buffer == 0 && length != 0)
        {
            throw new ArgumentException("A non-empty image buffer view needs a buffer address.", nameof(buffer));
        }

        bool added = false;
        owner.DangerousAddRef(ref added);
        _owner = owner;
        _buffer = buffer;
        _length = length;
    }

    /// <summary>Releases the reference if the view was never disposed, so the image is not leaked.</summary>
    ~ImageBufferView()
    {
        ReleaseOwner();
    }

    /// <summary>The number of pixels.</summary>
    public int Length => _length;

    /// <summary>Whether the view was disposed.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>The pixels, read-write, without copying.</summary>
    /// <exception cref="ObjectDisposedException">The view was disposed.</exception>
    public Span<T> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsDisposed, this);
            return new Span<T>((void*)_buffer, _length);
        }
    }

    /// <summary>Releases the view's reference on the image; further disposals do nothing.</summary>
    public void Dispose()
    {
        ReleaseOwner();
        GC.SuppressFinalize(this);
    }

    private void ReleaseOwner()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _owner is not null)
        {
            _owner.DangerousRelease();
        }
    }
}
