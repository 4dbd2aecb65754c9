namespace ItkBindGen.Parsing;

public enum CppClassKind
{
    Class,
    Struct,
    Union,
}
