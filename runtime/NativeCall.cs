using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// One wrapped native call, from the C# side: everything a generated wrapper does around the call, in one scope.
/// Entering it applies the call's lock policy (<see cref="Release()"/>, <see cref="Hold()"/> or <see cref="Keep()"/>) and marks the thread as
/// inside a native call, so a callback handler's exception waits for the caller; the call reports a C++ exception
/// through <see cref="Error"/>; disposing the scope restores the lock and then throws the call's error as its .NET
/// exception (<see cref="NativeErrors.ToException"/>), or else the first exception a callback handler threw during it.
/// </summary>
/// <remarks>
/// <para>
/// Generated code puts exactly the native call inside the scope, e.g.
/// <c>using (var call = NativeCall.Release()) { result = Native.Module_Class_Get(Handle, call.Error); }</c>
/// (see <c>tests/Generator.Tests/Snapshots/GenerateTests.ItkCore_threads/MedianImageFilterF2.verified.cs</c>).
/// The native side never throws, so an exception from <see cref="Dispose"/> is the call's own result, never one that
/// replaces another: if the block throws (a disposed handle, before the native call), no error was reported.
/// </para>
/// <para>Dispose it exactly once, on the thread that entered it.</para>
/// </remarks>
public readonly unsafe ref struct NativeCall
{
    // _depth of a Hold scope; a Release scope keeps the depth it gave up (0: it gave nothing up, as a Keep scope).
    private const int Held = -1;

    private readonly BindingThreadState _state;
    private readonly int _depth;
    private readonly int _holdDepth;

    // 0 while nobody listens to the meter, else the start timestamp + 1.
    private readonly long _start;

    // The call site, for the metrics' tags: the module, the proxy (or its type, for static members) and the member.
    private readonly string? _module;
    private readonly object? _self;
    private readonly string? _member;

    private NativeCall(BindingThreadState state, int depth, int holdDepth, long start, string? module, object? self, string? member)
    {
        _state = state;
        _depth = depth;
        _holdDepth = holdDepth;
        _start = start;
        _module = module;
        _self = self;
        _member = member;
    }

    /// <summary>The <c>ibg_error **</c> to pass as the entry point's last argument.</summary>
    public NativeError** Error
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _state.ErrorSlot;
    }

    /// <summary>
    /// A call that releases the binding lock (<c>-threads</c>, <c>%thread</c>): gives it up if the thread holds it and
    /// takes it back with the same depth when the scope ends.
    /// </summary>
    /// <returns>The scope.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NativeCall Release() => Release(null, null, null);

    /// <inheritdoc cref="Release()"/>
    /// <param name="module">The module, a tag of the call's metrics.</param>
    /// <param name="self">The proxy the call is made on, or the proxy's type for a static member; its type name is the class tag.</param>
    /// <param name="member">The member, a tag of the call's metrics.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NativeCall Release(string? module, object? self, string? member)
    {
        var state = BindingThreadState.Current;
        if (state.Depth == 0)
        {
            state.CallDepth++;
            return new NativeCall(state, 0, 0, RuntimeTelemetry.CallStart(holds: false), module, self, member);
        }

        return ReleaseHeld(state, module, self, member);
    }

    /// <summary>
    /// A call that leaves the binding lock as the caller has it (trivial accessors under <c>-threads</c>): it neither
    /// gives the lock up nor takes it, so a caller that holds it keeps it through the call and one that does not runs
    /// the call without it, as a releasing call would.
    /// </summary>
    /// <returns>The scope.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NativeCall Keep() => Keep(null, null, null);

    /// <inheritdoc cref="Keep()"/>
    /// <param name="module">The module, a tag of the call's metrics.</param>
    /// <param name="self">The proxy the call is made on, or the proxy's type for a static member; its type name is the class tag.</param>
    /// <param name="member">The member, a tag of the call's metrics.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NativeCall Keep(string? module, object? self, string? member)
    {
        var state = BindingThreadState.Current;
        state.CallDepth++;
        return new NativeCall(state, 0, 0, RuntimeTelemetry.CallStart(holds: false), module, self, member);
    }

    /// <summary>
    /// A call that holds the binding lock (without <c>-threads</c>, <c>%nothread</c>): takes it,
    /// reentrantly, until the scope ends; callbacks on other threads meanwhile wait at most
    /// <see cref="BindingLock.CallbackTimeout"/>.
    /// </summary>
    /// <returns>The scope.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NativeCall Hold() => Hold(null, null, null);

    /// <inheritdoc cref="Hold()"/>
    /// <param name="module">The module, a tag of the call's metrics.</param>
    /// <param name="self">The proxy the call is made on, or the proxy's type for a static member; its type name is the class tag.</param>
    /// <param name="member">The member, a tag of the call's metrics.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NativeCall Hold(string? module, object? self, string? member)
    {
        var state = BindingThreadState.Current;
        BindingLock.BeginHold(state);
        return new NativeCall(state, Held, 0, RuntimeTelemetry.CallStart(holds: true), module, self, member);
    }

    /// <summary>Ends the call: restores the lock, then throws the call's error or a pending callback exception.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Dispose()
    {
        var state = _state;
        if (state is null)
        {
            return; // default(NativeCall), never entered
        }

        if (_start != 0)
        {
            // Before the lock is restored: the reacquire's wait is not the call's time.
            RuntimeTelemetry.RecordCall(_start, Stopwatch.GetTimestamp(), _depth == Held, _module, _self, _member);
        }

        if (_depth == 0)
        {
            state.CallDepth--;
        }
        else if (_depth == Held)
        {
            BindingLock.EndHold(state);
        }
        else
        {
            BindingLock.Reacquire(state, _depth, _holdDepth);
        }

        if (*state.ErrorSlot != null || state.PendingCallbackException is not null)
        {
            ThrowFailure(state);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static NativeCall ReleaseHeld(BindingThreadState state, string? module, object? self, string? member)
    {
        int depth = state.Depth;
        int holdDepth = state.HoldDepth;
        BindingLock.ReleaseHeld(state);
        return new NativeCall(state, depth, holdDepth, RuntimeTelemetry.CallStart(holds: false), module, self, member);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowFailure(BindingThreadState state)
    {
        NativeError* error = *state.ErrorSlot;
        *state.ErrorSlot = null;
        NativeErrors.ThrowIfError(error);
    }
}
