namespace ItkBindGen.Runtime;

/// <summary>The process-wide binding lock.</summary>
public static class BindingLock
{
}
