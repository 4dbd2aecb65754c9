namespace ItkBindGen.Binding.Classes;

/// <summary>
/// The members every proxy inherits (from <c>object</c> and the runtime's <c>NativeObject</c>): a wrapped member with one
/// of their signatures, or a property's name, is declared <c>new</c>, so C++'s <c>ToString()</c> stays callable.
/// </summary>
internal static class BaseMembers
{
    private static readonly HashSet<string> Signatures = new(StringComparer.Ordinal)
    {
        "ToString()", "GetHashCode()", "GetType()", "Dispose()", "Equals(object)", "Equals(NativeObject)",
    };

    private static readonly HashSet<string> Properties = new(StringComparer.Ordinal) { "Handle", "NativePointer", "IsDisposed" };

    /// <summary>Names a field's property cannot take.</summary>
    public static IEnumerable<string> PropertyNames => Properties;

    public static bool Hides(MethodBinding method) => Signatures.Contains(method.Signature) || Properties.Contains(method.CsName);
}
