namespace ItkBindGen.Runtime;

/// <summary>
/// Base of every generated proxy: holds the <see cref="NativeObjectHandle"/> that owns one reference to the
/// native object. Two proxies are equal when they point at the same native object.
/// </summary>
public abstract class NativeObject : IDisposable, IEquatable<NativeObject>
{
    private readonly NativeObjectHandle _handle;

    // Kept apart from the handle so equality, hashing and ToString stay stable after Dispose.
    private readonly nint _pointer;

    // Own flag because SafeHandle.IsClosed stays false until calls running on other threads return.
    private int _disposed;

    /// <summary>Wraps <paramref name="handle"/>; the proxy now owns it.</summary>
    /// <param name="handle">The handle owning a reference to the native object.</param>
    /// <exception cref="ArgumentNullException"><paramref name="handle"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="handle"/> is invalid or closed.</exception>
    protected NativeObject(NativeObjectHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (handle.IsInvalid || handle.IsClosed)
        {
            throw new ArgumentException("A proxy needs a live native object.", nameof(handle));
        }

        _handle = handle;
        _pointer = handle.DangerousGetHandle();
    }

    /// <summary>The handle to pass to native calls.</summary>
    /// <exception cref="ObjectDisposedException">The proxy was disposed.</exception>
    public NativeObjectHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsDisposed, this);
            return _handle;
        }
    }

    /// <summary>The native object's address, for diagnostics; stays readable after Dispose.</summary>
    public nint NativePointer => _pointer;

    /// <summary>Whether the proxy was disposed.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0 || _handle.IsClosed;

    /// <summary>Drops this proxy's reference to the native object (at once, or when running calls end).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the handle; derived proxies override to drop what they hold, then call the base.</summary>
    /// <param name="disposing"><see langword="true"/> from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _handle.Dispose();
        }
    }

    /// <summary>Whether <paramref name="other"/> points at the same native object.</summary>
    /// <param name="other">The other proxy.</param>
    /// <returns><see langword="true"/> for the same native object.</returns>
    public bool Equals(NativeObject? other) => other is not null && other._pointer == _pointer;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NativeObject);

    /// <inheritdoc/>
    public override int GetHashCode() => _pointer.GetHashCode();

    /// <summary>The proxy's type name and native address, e.g. <c>MedianImageFilterF2 (0x55d0c0a0)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{GetType().Name} (0x{(ulong)_pointer:X})";
}
