namespace ItkBindGen.Parsing;

public enum CppNamedTypeKind
{
    Class,
    Struct,
    Union,
    Enum,
}
