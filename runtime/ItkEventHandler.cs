namespace ItkBindGen.Runtime;

/// <summary>A managed observer of native ITK events, registered with <see cref="NativeCallbacks.Register"/>.</summary>
/// <param name="kind">The event raised.</param>
/// <param name="progress">The object's progress (0 to 1) when the event was raised.</param>
public delegate void ItkEventHandler(ItkEventKind kind, double progress);
