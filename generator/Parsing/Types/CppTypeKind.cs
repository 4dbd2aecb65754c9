namespace ItkBindGen.Parsing;

public enum CppTypeKind
{
    Primitive,
    Pointer,
    Reference,
    Qualified,
    Named,
    Array,
    Function,
    Typedef,
    Unexposed,
}
