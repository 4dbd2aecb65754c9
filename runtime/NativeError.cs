using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// A C++ exception caught by the shim, in the layout of <c>ibg_error</c> in
/// <c>native/shim/include/ItkBindGenShim.h</c>.
/// The shim allocates it and its <see cref="Release"/> function frees it; strings are UTF-8 and may be null.
/// <see cref="NativeErrors.ThrowIfError"/> converts and frees it.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct NativeError
{
    /// <summary>What was thrown; see <see cref="NativeErrorKind"/>.</summary>
    public int Kind;

    /// <summary>The source line the exception reports (ITK exceptions), or 0.</summary>
    public int Line;

    /// <summary>The C++ type name of the exception (<c>const char*</c>).</summary>
    public nint TypeName;

    /// <summary>The exception's <c>what()</c> (<c>const char*</c>).</summary>
    public nint Message;

    /// <summary>ITK's <c>GetDescription()</c> (<c>const char*</c>).</summary>
    public nint Description;

    /// <summary>ITK's <c>GetFile()</c> (<c>const char*</c>).</summary>
    public nint File;

    /// <summary>ITK's <c>GetLocation()</c> (<c>const char*</c>).</summary>
    public nint Location;

    /// <summary>
    /// The <c>delegate* unmanaged&lt;NativeError*, void&gt;</c> that frees this record and its strings; 0 for a record
    /// that is not freed (the static one the shim reports when it cannot allocate).
    /// </summary>
    public nint Release;

    /// <summary>For <see cref="NativeErrorKind.ManagedCallback"/>: the id under which the runtime keeps the C# exception.</summary>
    public long ManagedException;
}
