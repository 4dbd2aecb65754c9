namespace ItkBindGen.Runtime;

/// <summary>Data of a proxy's <c>ProgressChanged</c> event.</summary>
public sealed class ProgressEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="progress">The progress, from 0 to 1.</param>
    public ProgressEventArgs(double progress) => Progress = progress;

    /// <summary>The progress, from 0 to 1.</summary>
    public double Progress { get; }
}
