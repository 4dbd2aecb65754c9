namespace ItkBindGen.Binding.Marshalling;

/// <summary>The names one parameter goes by: in C# (a keyword escaped with '@') and in the shim's C++.</summary>
public sealed record ParameterName(string Cs, string Cpp)
{
    public static ParameterName Of(string csName) => new(csName, csName.TrimStart('@'));
}
