using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Binding.Resolution;

/// <summary>
/// What a resolver says of a type: its marshaller, or why it cannot be mapped, or nothing (another resolver's type).
/// </summary>
public readonly record struct Resolution(ValueMarshaller? Marshaller, string? Reason, string? MissingClass = null)
{
    /// <summary>Not this resolver's type: the next one is asked.</summary>
    public static Resolution Unhandled => default;

    public static Resolution Of(ValueMarshaller marshaller) => new(marshaller, null);

    public static Resolution Fail(string reason) => new(null, reason);

    /// <summary>The type is an object of a class this module does not wrap; the binder reports such classes once (IBG3010).</summary>
    public static Resolution NotWrapped(string cppClass, string reason) => new(null, reason, cppClass);

    public bool IsHandled => Marshaller is not null || Reason is not null;
}
