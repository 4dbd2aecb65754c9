using System.Runtime.InteropServices;

namespace ItkBindGen.Runtime;

/// <summary>
/// Lowers the calling thread's scheduling priority on Linux (its nice value: Linux keeps one a thread). .NET's
/// <see cref="Thread.Priority"/> changes nothing there, so a server cannot otherwise keep long native work from
/// delaying the threads that answer its requests.
/// </summary>
internal static partial class NativeThreadPriority
{
    private const int PriorityProcess = 0; // PRIO_PROCESS: with a thread id, Linux applies it to that thread alone

    /// <summary>Sets the calling thread's nice value; false where it cannot (not Linux, or the call failed).</summary>
    public static bool TrySetNiceness(int niceness)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        return SetPriority(PriorityProcess, GetThreadId(), niceness) == 0;
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);
}
