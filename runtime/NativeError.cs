using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// A C++ exception caught by the shim, in the layout of <c>ibg_error</c> in
/// <c>native/shim/include/ItkBindGenShim.h</c>.
/// The shim allocates it and its free function releases it; strings are UTF-8 and may be null.
/// Convert it with <see cref="NativeErrors.ToException"/> before freeing it.
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
}
