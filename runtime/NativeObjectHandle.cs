using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// Owns one reference to a native ITK object and gives it back through the shim's release function
/// (its <c>UnRegister</c>) when the last user is done.
/// </summary>
/// <remarks>
/// Generated <c>LibraryImport</c> declarations take this type as a parameter, so the marshaller's
/// <see cref="SafeHandle.DangerousAddRef"/>/<see cref="SafeHandle.DangerousRelease"/> keep the object alive for
/// the length of a call even if another thread disposes the proxy meanwhile: the release then runs when that
/// call returns. Passing a disposed handle throws <see cref="ObjectDisposedException"/>.
/// The release function runs without the binding lock, because it may run on the finalizer thread, which must
/// never wait for a lock another thread holds.
/// Generated code should return objects from native calls as <see cref="nint"/> and wrap them with
/// <see cref="NativeObjectHandle(nint, nint)"/>, so every handle knows its release function.
/// </remarks>
public sealed class NativeObjectHandle : SafeHandle
{
    // A delegate* unmanaged<nint, void>; nint so it can be cleared atomically and release runs at most once.
    private nint _releaseFunction;

    /// <summary>
    /// Creates an invalid handle with no release function. Required by <c>LibraryImport</c> marshalling;
    /// a handle created this way releases nothing unless it was given a release function.
    /// </summary>
    public NativeObjectHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of one reference to <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The native object; 0 gives an invalid handle.</param>
    /// <param name="releaseFunction">
    /// Address of a <c>delegate* unmanaged&lt;nint, void&gt;</c> that drops the reference (the shim's UnRegister).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="pointer"/> is set but <paramref name="releaseFunction"/> is 0.</exception>
    public NativeObjectHandle(nint pointer, nint releaseFunction)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        if (pointer != 0 && releaseFunction == 0)
        {
            throw new ArgumentException("A native object needs a release function.", nameof(releaseFunction));
        }

        _releaseFunction = releaseFunction;
        SetHandle(pointer);
    }

    private NativeObjectHandle(nint pointer)
        : base(IntPtr.Zero, ownsHandle: false)
    {
        SetHandle(pointer);
    }

    /// <summary>
    /// A handle of an object C++ keeps owning (returned by pointer or reference without <c>%newobject</c>): disposing
    /// it releases nothing. The object must outlive the proxy, as it must outlive a C++ pointer to it.
    /// </summary>
    /// <param name="pointer">The native object; 0 gives an invalid handle.</param>
    public static NativeObjectHandle Borrow(nint pointer) => new(pointer);

    /// <summary>Whether the handle points at no object.</summary>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>The release function's address (0 when none).</summary>
    public nint ReleaseFunction => _releaseFunction;

    /// <summary>The native pointer, for diagnostics; 0 after the handle is closed.</summary>
    public nint Pointer => IsClosed ? 0 : handle;

    /// <summary>Gives the reference back through the release function; never takes the binding lock.</summary>
    /// <returns>Always <see langword="true"/>.</returns>
    protected override unsafe bool ReleaseHandle()
    {
        nint release = Interlocked.Exchange(ref _releaseFunction, 0);
        if (release != 0)
        {
            ((delegate* unmanaged<nint, void>)release)(handle);
        }

        return true;
    }
}
