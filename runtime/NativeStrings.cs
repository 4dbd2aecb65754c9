using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>Conversions of native strings. Inputs go through <c>LibraryImport</c>'s UTF-8 marshalling.</summary>
public static class NativeStrings
{
    /// <summary>Reads a NUL-terminated UTF-8 string.</summary>
    /// <param name="pointer">The string, or 0.</param>
    /// <returns>The string, or null when <paramref name="pointer"/> is 0.</returns>
    public static string? FromUtf8(nint pointer) => pointer == 0 ? null : Marshal.PtrToStringUTF8(pointer);
}
