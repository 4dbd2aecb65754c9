namespace ItkBindGen.Runtime;

/// <summary>
/// What <see cref="NativeUpdate"/> needs of a process object's proxy: its progress events and a way to set and clear
/// its abort flag. Generated proxies of <c>itk::ProcessObject</c> implement it.
/// </summary>
public interface INativeUpdatable
{
    /// <summary>Raised on ITK's ProgressEvent, on the thread running the update.</summary>
    event EventHandler<ProgressEventArgs>? ProgressChanged;

    /// <summary>
    /// Sets the abort flag (<c>AbortGenerateDataOn()</c>) without taking the binding lock, so it gets through while
    /// an update that holds the lock runs on another thread. The filter stops at its next check of the flag.
    /// </summary>
    void RequestAbort();

    /// <summary>Clears the abort flag (<c>AbortGenerateDataOff()</c>) without taking the binding lock.</summary>
    void ClearAbort();
}
