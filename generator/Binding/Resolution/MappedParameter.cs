using ItkBindGen.Binding.Marshalling;

namespace ItkBindGen.Binding.Resolution;

/// <summary>One parameter of a mapped signature: its names, its marshaller, how it is passed and its C# default.</summary>
public sealed record MappedParameter(ParameterName Name, ValueMarshaller Marshaller, Passing Passing, DefaultArgument Default);
