namespace ItkBindGen.Runtime;

/// <summary>
/// Serializes the one-time native start-up of generated modules. A module's native class loads its shim library and
/// runs its start-up in its static constructor, which .NET runs once per class; this lock keeps two modules that load at
/// the same time from doing either together, since they share the library whose state both change (loading a shim runs
/// its static initializers, which register ITK's IO factories; the start-up creates ITK's factory list and globals).
/// </summary>
public static class NativeStartup
{
    private static readonly Lock s_gate = new();

    /// <summary>Enters the start-up lock for the length of one module's start-up; dispose the scope to leave it.</summary>
    public static Lock.Scope Enter() => s_gate.EnterScope();
}
