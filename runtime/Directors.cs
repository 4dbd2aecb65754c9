using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace ItkBindGen.Runtime;

/// <summary>
/// What generated directors need at run time: which virtual members a C# subclass overrides, the object behind a
/// director's context, and the exceptions C# overrides throw on their way through native code.
/// </summary>
/// <remarks>
/// A director is the C++ subclass the shim writes for a class the interface file names with
/// <c>%feature("director")</c>; each virtual member a C# subclass overrides calls that override through an
/// <c>UnmanagedCallersOnly</c> trampoline, under the binding lock's callback rules. An override's exception becomes an
/// <c>itk::ExceptionObject</c> in native code (so ITK's cleanup runs as it unwinds) and, when that reaches the C#
/// caller of the native call, the <see cref="ItkException"/> it throws carries the original as its
/// <see cref="Exception.InnerException"/>.
/// </remarks>
public static class Directors
{
    // Exceptions native code swallowed are never taken: keep only the latest ones.
    private const int Kept = 256;

    private static readonly ConcurrentDictionary<long, Exception> s_thrown = new();
    private static readonly ConcurrentQueue<long> s_order = new();
    private static long s_nextId;

    /// <summary>Whether <paramref name="type"/> overrides the virtual member <paramref name="name"/> that <paramref name="declaring"/> declares.</summary>
    /// <param name="type">The object's type, a subclass of <paramref name="declaring"/> or it.</param>
    /// <param name="declaring">The proxy class that declares the member.</param>
    /// <param name="name">The member's C# name.</param>
    /// <param name="parameters">Its parameter types.</param>
    /// <returns>True when a class below <paramref name="declaring"/> overrides it.</returns>
    public static bool Overrides(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type type,
        Type declaring, string name, Type[] parameters)
    {
        ArgumentNullException.ThrowIfNull(type);
        var method = type.GetMethod(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, parameters);
        return method is not null && method.DeclaringType != declaring;
    }

    /// <summary>The object a director's context (a <see cref="GCHandle"/>) refers to.</summary>
    /// <typeparam name="T">The proxy type.</typeparam>
    /// <param name="context">The context.</param>
    /// <returns>The object.</returns>
    public static T Target<T>(nint context)
        where T : class => (T)GCHandle.FromIntPtr(context).Target!;

    /// <summary>The context a director keeps: a handle to <paramref name="proxy"/>, freed by <see cref="NativeCallbacks.ReleaseFunction"/>.</summary>
    /// <param name="proxy">The proxy.</param>
    /// <returns>The context.</returns>
    public static nint Connect(object proxy) => GCHandle.ToIntPtr(GCHandle.Alloc(proxy));

    /// <summary>Called by a trampoline that caught <paramref name="exception"/>: keeps it and tells the director.</summary>
    /// <param name="exception">What the override threw.</param>
    /// <param name="error">The director's error record.</param>
    public static unsafe void Report(Exception exception, ManagedError* error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var id = Interlocked.Increment(ref s_nextId);
        s_thrown[id] = exception;
        s_order.Enqueue(id);
        while (s_order.Count > Kept && s_order.TryDequeue(out var oldest))
        {
            s_thrown.TryRemove(oldest, out _);
        }
        RuntimeTelemetry.RecordDirectorException();
        if (error == null)
        {
            return;
        }
        error->Id = id;
        error->Message = Utf8(exception.GetType().FullName + ": " + exception.Message);
    }

    /// <summary>The exception kept under <paramref name="id"/>, once.</summary>
    internal static Exception? Take(long id) => s_thrown.TryRemove(id, out var exception) ? exception : null;

    // malloc'ed (NativeMemory.Alloc is malloc), NUL-terminated: the C++ side frees it with std::free.
    private static unsafe nint Utf8(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var buffer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, length));
        buffer[length] = 0;
        return (nint)buffer;
    }
}
