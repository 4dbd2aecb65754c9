namespace ItkBindGen.Binding.Marshalling;

/// <summary>How a parameter's value travels between the caller and the callee.</summary>
public enum Passing
{
    /// <summary>The callee reads it: by value, const reference or pointer to const.</summary>
    In,

    /// <summary>The callee reads and writes it through a non-const reference (C# <c>ref</c>, or an array filled in place).</summary>
    InOut,

    /// <summary>The callee only writes it (C# <c>out</c>).</summary>
    Out,
}
