namespace ItkBindGen.Parsing;

/// <summary>A method visible on a class, with the class that declares it (itself or a base).</summary>
public sealed record CppMemberFunction(CppFunction Function, CppClass DeclaringClass)
{
    public override string ToString() => $"{Function}  // {DeclaringClass.FullName}";
}
