namespace ItkBindGen.Runtime;

/// <summary>
/// The native observer tags behind a proxy's C# events: which tag <c>AddObserver</c> returned for which
/// handler of which event, so <c>remove</c> can take the right observer off. Thread-safe.
/// </summary>
/// <remarks>
/// A handler added twice is registered twice and removing it takes off the most recent registration, as
/// with multicast delegates. The event kind is part of the key, so one list serves all of a proxy's events.
/// If a handler captures its proxy, the native command keeps the proxy alive until the observer is removed
/// or the native object dies: dispose proxies with observers.
/// Generated proxies keep one list for their events and add and remove handlers through <see cref="Observe"/> and
/// <see cref="Unobserve"/>; see <c>tests/Generator.Tests/Snapshots/GenerateTests.ItkCore/Object.verified.cs</c>.
/// </remarks>
public sealed class ObserverList
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];

    /// <summary>How many observers are registered.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Records that <paramref name="handler"/> observes <paramref name="kind"/> under native <paramref name="tag"/>.</summary>
    /// <param name="kind">The event.</param>
    /// <param name="handler">The C# handler added to the event.</param>
    /// <param name="tag">The tag <c>AddObserver</c> returned.</param>
    public void Add(ItkEventKind kind, Delegate handler, ulong tag)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock)
        {
            _entries.Add(new Entry(kind, handler, tag));
        }
    }

    /// <summary>Takes off the most recent registration of <paramref name="handler"/> for <paramref name="kind"/>.</summary>
    /// <param name="kind">The event.</param>
    /// <param name="handler">The C# handler removed from the event.</param>
    /// <param name="tag">The native tag to pass to <c>RemoveObserver</c>.</param>
    /// <returns><see langword="false"/> when the handler was not registered for that event.</returns>
    public bool TryRemove(ItkEventKind kind, Delegate handler, out ulong tag)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock)
        {
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                var entry = _entries[i];
                if (entry.Kind == kind && entry.Handler.Equals(handler))
                {
                    _entries.RemoveAt(i);
                    tag = entry.Tag;
                    return true;
                }
            }
        }

        tag = 0;
        return false;
    }

    /// <summary>Takes off every registration, for example when the proxy is disposed.</summary>
    /// <returns>The native tags, oldest first.</returns>
    public ulong[] RemoveAll()
    {
        lock (_lock)
        {
            var tags = new ulong[_entries.Count];
            for (int i = 0; i < tags.Length; i++)
            {
                tags[i] = _entries[i].Tag;
            }

            _entries.Clear();
            return tags;
        }
    }

    /// <summary>
    /// Adds a C# event's handler as a native observer of <paramref name="kind"/>: the native command holds
    /// <paramref name="raise"/>, which hands the event to the handler with <paramref name="sender"/> held weakly, so an
    /// observer never keeps its proxy alive. A null handler is ignored, as C# events do.
    /// </summary>
    /// <param name="sender">The proxy raising the event.</param>
    /// <param name="kind">The event.</param>
    /// <param name="handler">The handler added to the C# event.</param>
    /// <param name="raise">Calls the handler with the sender and the progress.</param>
    /// <param name="addNative">The proxy's native registration: event kind, invoke and release functions, context; returns the tag.</param>
    public void Observe(object sender, ItkEventKind kind, Delegate? handler, Action<object?, double> raise, Func<int, nint, nint, nint, ulong> addNative)
    {
        ArgumentNullException.ThrowIfNull(raise);
        ArgumentNullException.ThrowIfNull(addNative);
        if (handler is null)
        {
            return;
        }
        var weak = new WeakReference<object>(sender);
        var context = NativeCallbacks.Register((_, progress) => raise(weak.TryGetTarget(out var target) ? target : null, progress));
        // On failure the native side has already released the context.
        var tag = addNative((int)kind, NativeCallbacks.InvokeFunction, NativeCallbacks.ReleaseFunction, context);
        Add(kind, handler, tag);
    }

    /// <summary>Removes the most recent native observer of <paramref name="handler"/>; an unknown or null handler is ignored.</summary>
    /// <param name="kind">The event.</param>
    /// <param name="handler">The handler removed from the C# event.</param>
    /// <param name="removeNative">The proxy's native removal, given the tag.</param>
    public void Unobserve(ItkEventKind kind, Delegate? handler, Action<ulong> removeNative)
    {
        ArgumentNullException.ThrowIfNull(removeNative);
        if (handler is null || !TryRemove(kind, handler, out var tag))
        {
            return;
        }
        removeNative(tag);
    }

    private readonly record struct Entry(ItkEventKind Kind, Delegate Handler, ulong Tag);
}
