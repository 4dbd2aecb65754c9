namespace ItkBindGen.Binding;

/// <summary>A C# property made from a Get/Set pair; the methods stay, as ITK users call them.</summary>
public sealed record PropertyBinding(string Name, string CsType, MethodBinding Getter, MethodBinding Setter);
