using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Binding;

/// <summary>One parameter of a wrapped call: its names, its marshaller, how it is passed, its C# default and the decided crossing.</summary>
public sealed record ParameterBinding(ParameterName Names, ValueMarshaller Marshaller, Passing Passing, DefaultArgument Default, ParameterCrossing Crossing)
{
    /// <summary>The C# name.</summary>
    public string Name => Names.Cs;

    /// <summary>The parameter as the C# signature declares it, with its default.</summary>
    public string CsDeclaration => Default.CsText is { } text ? $"{Crossing.CsDeclaration} = {text}" : Crossing.CsDeclaration;
}
