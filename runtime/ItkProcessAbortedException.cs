namespace ItkBindGen.Runtime;

/// <summary>An <c>itk::ProcessAborted</c>: a filter stopped because its abort flag was set (for example by a progress handler). Derives from <see cref="OperationCanceledException"/> so cancellation handling catches it.</summary>
/// <remarks><see cref="Exception.Message"/> is ITK's description when ITK gave one; the rest is in <see cref="Details"/>.</remarks>
/// <param name="message">The message.</param>
/// <param name="details">What native code reported; <see cref="ItkErrorDetails.None"/> when null.</param>
/// <param name="innerException">The cause, for example a callback handler's exception; may be null.</param>
public class ItkProcessAbortedException(string? message, ItkErrorDetails? details = null, Exception? innerException = null)
    : OperationCanceledException(message, innerException), IItkException
{
    /// <inheritdoc/>
    public ItkErrorDetails Details { get; } = details ?? ItkErrorDetails.None;
}
