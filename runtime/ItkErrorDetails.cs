namespace ItkBindGen.Runtime;

/// <summary>What native code reported with an exception the shim caught; every string may be null.</summary>
/// <param name="Description">ITK's description, without the location prefix; the exception's message when ITK gave one.</param>
/// <param name="File">The C++ source file that threw.</param>
/// <param name="Line">The line in <paramref name="File"/>, or 0.</param>
/// <param name="Location">ITK's location (usually the throwing function).</param>
/// <param name="NativeTypeName">The C++ exception type, for example <c>itk::ExceptionObject</c>.</param>
/// <param name="NativeMessage">The whole C++ <c>what()</c> text (ITK prefixes the file, line and location).</param>
public sealed record ItkErrorDetails(
    string? Description,
    string? File,
    int Line,
    string? Location,
    string? NativeTypeName,
    string? NativeMessage)
{
    /// <summary>No details: an exception made in .NET rather than from a native error.</summary>
    public static ItkErrorDetails None { get; } = new(null, null, 0, null, null, null);
}

/// <summary>An exception made from a native error, with what native code reported (<see cref="ItkErrorDetails"/>).</summary>
public interface IItkException
{
    /// <summary>What native code reported; <see cref="ItkErrorDetails.None"/> for an exception made in .NET.</summary>
    ItkErrorDetails Details { get; }
}
