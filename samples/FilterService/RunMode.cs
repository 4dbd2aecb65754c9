namespace FilterService;

/// <summary>How a filter runs: the three ways the load test compares.</summary>
public enum RunMode
{
    /// <summary>Bindings with -threads; <c>await UpdateAsync</c> on the runtime's native-call threads.</summary>
    Async,

    /// <summary>Bindings with -threads; a synchronous <c>Update()</c> on the request's thread.</summary>
    Sync,

    /// <summary>Bindings without -threads (the binding lock is held for the whole call); a synchronous <c>Update()</c>.</summary>
    Locked,
}
