namespace ItkBindGen.Binding.Marshalling;

/// <summary>Nothing comes back: the shim makes the call and returns.</summary>
public sealed class VoidMarshaller : ValueMarshaller
{
    public static readonly VoidMarshaller Instance = new();

    public override string CsType => "void";

    public override DirectorCrossing Director => new("void", "void", "void");

    public override ParameterCrossing In(string name) => throw new InvalidOperationException("void is not a parameter type");

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = "void",
        CsInteropReturnType = "void",
        CppReturnType = "void",
        CppStatements = [call + ";", .. cppAfter],
    };
}
