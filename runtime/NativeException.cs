namespace ItkBindGen.Runtime;

/// <summary>
/// A C++ exception that has no closer .NET counterpart: another <c>std::exception</c>, or something
/// not derived from it (<see cref="NativeTypeName"/> is then null).
/// </summary>
public class NativeException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public NativeException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message.</param>
    public NativeException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NativeException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the C++ message and type.</summary>
    /// <param name="message">The C++ <c>what()</c>.</param>
    /// <param name="nativeTypeName">The C++ exception type, or null when unknown.</param>
    /// <param name="innerException">The cause, for example a callback handler's exception; may be null.</param>
    public NativeException(string? message, string? nativeTypeName, Exception? innerException = null)
        : base(message, innerException)
    {
        NativeTypeName = nativeTypeName;
    }

    /// <summary>The C++ exception type, for example <c>std::runtime_error</c>, or null when unknown.</summary>
    public string? NativeTypeName { get; }
}
