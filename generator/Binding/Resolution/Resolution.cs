using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Binding.Resolution;

/// <summary>
/// What a resolver says of a type: its marshaller, or why it cannot be mapped, or nothing (another resolver's type).
/// </summary>
public readonly record struct Resolution(ValueMarshaller? Marshaller, string? Reason)
{
    /// <summary>Not this resolver's type: the next one is asked.</summary>
    public static Resolution Unhandled => default;

    public static Resolution Of(ValueMarshaller marshaller) => new(marshaller, null);

    public static Resolution Fail(string reason) => new(null, reason);

    public bool IsHandled => Marshaller is not null || Reason is not null;
}
