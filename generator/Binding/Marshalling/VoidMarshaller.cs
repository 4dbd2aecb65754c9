namespace ItkBindGen.Binding.Marshalling;

/// <summary>Nothing comes back: the shim makes the call and returns.</summary>
public sealed class VoidMarshaller : ValueMarshaller
{
    public static readonly VoidMarshaller Instance = new();

    public override string CsType => "void";

    public override MarshallerUses Uses => MarshallerUses.Return;

    public override DirectorCrossing Director => new("void", "void", "void") { IsVoid = true };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) => new()
    {
        CsType = "void",
        IsVoid = true,
        CsInteropReturnType = "void",
        CppReturnType = "void",
        CppStatements = [call + ";", .. cppAfter],
    };
}
