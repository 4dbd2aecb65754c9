namespace ItkBindGen.Parsing;

public enum CppAccess
{
    Public,
    Protected,
    Private,
}
