namespace ItkBindGen.Binding;

/// <summary>The C# accessibility of a generated member.</summary>
public enum MemberAccess
{
    /// <summary>Part of the proxy's API.</summary>
    Public,

    /// <summary>For subclasses only: a protected C++ virtual of a director.</summary>
    Protected,

    /// <summary>Called only by the proxy's own generated code (factories, runtime plumbing, base calls).</summary>
    Private,
}
