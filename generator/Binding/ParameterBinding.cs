using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Binding;

/// <summary>One parameter of a wrapped call: its marshaller's decided crossing; <see cref="DefaultValue"/> is C# text or null.</summary>
public sealed record ParameterBinding(string Name, ValueMarshaller Marshaller, ParameterCrossing Crossing, string? DefaultValue)
{
    /// <summary>The parameter as the C# signature declares it, with its default.</summary>
    public string CsDeclaration => DefaultValue is null ? Crossing.CsDeclaration : $"{Crossing.CsDeclaration} = {DefaultValue}";
}
