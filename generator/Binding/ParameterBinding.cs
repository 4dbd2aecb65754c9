namespace ItkBindGen.Binding;

/// <summary>One parameter of a wrapped call; <see cref="DefaultValue"/> is C# text or null.</summary>
public sealed record ParameterBinding(string Name, TypeBinding Type, string? DefaultValue);
