namespace ItkBindGen.Runtime;

/// <summary>An <c>itk::ExceptionObject</c> thrown by native code.</summary>
/// <remarks><see cref="Exception.Message"/> is the C++ <c>what()</c>; the ITK details are kept apart.</remarks>
public class ItkException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ItkException()
        : base()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message.</param>
    public ItkException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ItkException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from the details the native side reported.</summary>
    /// <param name="message">The C++ <c>what()</c>.</param>
    /// <param name="description">ITK's description, without the location prefix.</param>
    /// <param name="file">The C++ source file that threw.</param>
    /// <param name="line">The line in <paramref name="file"/>.</param>
    /// <param name="location">ITK's location (usually the throwing function).</param>
    /// <param name="nativeTypeName">The C++ exception type.</param>
    /// <param name="innerException">The cause, for example a callback handler's exception; may be null.</param>
    public ItkException(
        string? message,
        string? description,
        string? file,
        int line,
        string? location,
        string? nativeTypeName,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Description = description;
        File = file;
        Line = line;
        Location = location;
        NativeTypeName = nativeTypeName;
    }

    /// <summary>ITK's description of the error, or null; <see cref="Exception.Message"/> when ITK gave one.</summary>
    public string? Description { get; }

    /// <summary>
    /// The C++ exception's whole <c>what()</c> text (ITK prefixes the file, line and location), or null; the parts are
    /// <see cref="File"/>, <see cref="Line"/>, <see cref="Location"/> and <see cref="Description"/>.
    /// </summary>
    public string? NativeMessage { get; init; }

    /// <summary>The C++ source file that threw, or null.</summary>
    public string? File { get; }

    /// <summary>The line in <see cref="File"/>, or 0.</summary>
    public int Line { get; }

    /// <summary>ITK's location (usually the throwing function), or null.</summary>
    public string? Location { get; }

    /// <summary>The C++ exception type, for example <c>itk::ExceptionObject</c>, or null.</summary>
    public string? NativeTypeName { get; }
}
