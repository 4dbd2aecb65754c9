using System.Runtime.InteropServices;
using ItkBindGen.Runtime;

namespace ItkBindGen.Benchmarks;

/// <summary>
/// Direct <c>LibraryImport</c>s with raw pointers: the floor library (<c>native/raw_calls.cpp</c>) and the
/// generated shim's own entry point, called without the C# wrapper around it.
/// </summary>
internal static unsafe partial class NativeEntryPoints
{
    [LibraryImport("ItkBenchRaw", EntryPoint = "bench_raw_GetNumberOfWorkUnits")]
    internal static partial uint RawGetNumberOfWorkUnits(nint self);

    [LibraryImport("ItkBenchRaw", EntryPoint = "bench_raw_GetNumberOfWorkUnits")]
    internal static partial uint RawGetNumberOfWorkUnitsHandle(NativeObjectHandle self);

    [LibraryImport("ItkBenchRaw", EntryPoint = "bench_raw_SetNumberOfWorkUnits")]
    internal static partial void RawSetNumberOfWorkUnits(nint self, uint value);

    [LibraryImport("ItkBenchRaw", EntryPoint = "bench_raw_Add")]
    internal static partial int RawAdd(int a, int b);

    [LibraryImport("ItkCore", EntryPoint = "ItkCore_ProcessObject_GetNumberOfWorkUnits")]
    internal static partial uint ShimGetNumberOfWorkUnits(nint self, void** error);

    [LibraryImport("ItkCore", EntryPoint = "ItkCore_ProcessObject_GetNumberOfWorkUnits")]
    internal static partial uint ShimGetNumberOfWorkUnitsHandle(NativeObjectHandle self, void** error);

    [LibraryImport("ItkCore", EntryPoint = "ItkCore_ProcessObject_SetNumberOfWorkUnits")]
    internal static partial void ShimSetNumberOfWorkUnits(nint self, uint value, void** error);

    [LibraryImport("ItkCore", EntryPoint = "ItkCore_TestHooks_Add")]
    internal static partial int ShimAdd(int a, int b, void** error);
}
