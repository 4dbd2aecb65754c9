namespace ItkBindGen.Parsing;

public enum CppPrimitiveKind
{
    Void,
    Bool,
    Char,
    SignedChar,
    UnsignedChar,
    WChar,
    Char16,
    Char32,
    Short,
    UnsignedShort,
    Int,
    UnsignedInt,
    Long,
    UnsignedLong,
    LongLong,
    UnsignedLongLong,
    Int128,
    UnsignedInt128,
    Float,
    Double,
    LongDouble,
    NullPtr,
}
