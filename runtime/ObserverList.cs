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
/// Generated proxies keep one list for their events; see <c>AddObserver</c> and <c>RemoveObserver</c> in
/// <c>tests/Generator.Tests/Snapshots/GenerateTests.ItkCore_threads/Object.verified.cs</c>.
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

    private readonly record struct Entry(ItkEventKind Kind, Delegate Handler, ulong Tag);
}
