namespace ItkBindGen.Interface;

/// <summary>Whether a wrapped call releases the binding lock around its native call.</summary>
public enum ThreadPolicy
{
    /// <summary><c>%thread</c>: release the lock.</summary>
    Thread,

    /// <summary><c>%nothread</c>: hold the lock.</summary>
    NoThread,
}
