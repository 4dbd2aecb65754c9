namespace ItkBindGen.Binding.Marshalling;

/// <summary>Where in a signature a kind of value can stand.</summary>
[Flags]
public enum MarshallerUses
{
    None = 0,

    /// <summary>A parameter the callee reads.</summary>
    In = 1,

    /// <summary>A parameter the callee writes back through a non-const reference.</summary>
    WriteBack = 2,

    /// <summary>A returned value.</summary>
    Return = 4,
}
