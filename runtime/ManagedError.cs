using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// What a director's call into a C# override reports back, in the layout of <c>ibg_managed_error</c> in
/// <c>native/shim/include/ItkBindGenShim.h</c>: the id under which <see cref="Directors"/> keeps the exception
/// (0: none) and its text, allocated with <c>malloc</c> for the C++ side to free.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct ManagedError
{
    /// <summary>The exception's id, or 0.</summary>
    public long Id;

    /// <summary>The exception's type and message, UTF-8, <c>malloc</c>-allocated.</summary>
    public nint Message;
}
