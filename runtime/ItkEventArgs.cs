namespace ItkBindGen.Runtime;

/// <summary>Data of a proxy event that can carry several ITK event kinds (for example an <c>Any</c> observer).</summary>
public sealed class ItkEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="kind">The event raised.</param>
    /// <param name="progress">The object's progress (0 to 1) when it was raised.</param>
    public ItkEventArgs(ItkEventKind kind, double progress)
    {
        Kind = kind;
        Progress = progress;
    }

    /// <summary>The event raised.</summary>
    public ItkEventKind Kind { get; }

    /// <summary>The object's progress (0 to 1) when the event was raised.</summary>
    public double Progress { get; }
}
