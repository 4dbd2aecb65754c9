using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime.Tests;

/// <summary>Stands in for the native shim: fake object pointers and a release function that counts calls.</summary>
internal static unsafe class FakeNative
{
    private static readonly ConcurrentDictionary<nint, int> s_releases = new();
    private static long s_nextPointer = 0x1000;

    public static nint ReleaseFunction => (nint)(delegate* unmanaged<nint, void>)&Release;

    /// <summary>A fresh fake object address; never dereferenced.</summary>
    public static nint NewPointer() => (nint)Interlocked.Add(ref s_nextPointer, 0x10);

    public static int ReleaseCount(nint pointer) => s_releases.TryGetValue(pointer, out int count) ? count : 0;

    public static NativeObjectHandle NewHandle() => new(NewPointer(), ReleaseFunction);

    /// <summary>Calls a callback trampoline the way native code does, through an unmanaged function pointer.</summary>
    public static void Invoke(nint context, ItkEventKind kind, double progress) =>
        ((delegate* unmanaged<nint, int, double, void>)NativeCallbacks.InvokeFunction)(context, (int)kind, progress);

    /// <summary>Destroys a native command the way native code does.</summary>
    public static void ReleaseContext(nint context) =>
        ((delegate* unmanaged<nint, void>)NativeCallbacks.ReleaseFunction)(context);

    [UnmanagedCallersOnly]
    private static void Release(nint pointer) => s_releases.AddOrUpdate(pointer, 1, static (_, count) => count + 1);
}
