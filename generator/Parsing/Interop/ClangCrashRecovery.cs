using System.Runtime.InteropServices;

namespace ItkBindGen.Parsing.Interop;

/// <summary>
/// Keeps libclang's crash recovery off in this process. Otherwise clang_createIndex puts LLVM's handlers for SIGSEGV,
/// SIGBUS, SIGILL and the like in place of the .NET runtime's, and a fault outside a parse, such as the one behind every
/// NullReferenceException, ends the process ("Fatal error ... ExecutionEngineException") instead of being thrown.
/// libclang reads the variable with getenv, so it is set in the C library's environment, not in .NET's copy of it; a
/// value the user set is kept (libclang only asks whether it is set).
/// </summary>
internal static partial class ClangCrashRecovery
{
    public const string Variable = "LIBCLANG_DISABLE_CRASH_RECOVERY";

    /// <summary>Called before the first clang_createIndex.</summary>
    public static void KeepOff()
    {
        if (setenv(Variable, "1", overwrite: 0) != 0)
        {
            throw new InvalidOperationException($"setenv({Variable}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int setenv(string name, string value, int overwrite);
}
