namespace ItkBindGen.Parsing;

[Flags]
public enum CppFunctionFlags
{
    None = 0,
    Static = 1 << 0,
    Const = 1 << 1,
    Virtual = 1 << 2,
    PureVirtual = 1 << 3,
    Deleted = 1 << 4,
    Defaulted = 1 << 5,
    Operator = 1 << 6,
    Variadic = 1 << 7,
    Constructor = 1 << 8,
    Destructor = 1 << 9,
    Conversion = 1 << 10,
    Method = 1 << 11,
    CopyConstructor = 1 << 12,
    MoveConstructor = 1 << 13,
    /// <summary>Marked deprecated (<c>[[deprecated]]</c> or <c>__attribute__((deprecated))</c>).</summary>
    Deprecated = 1 << 14,
    /// <summary>A member function qualified <c>&amp;&amp;</c>: callable on an rvalue only.</summary>
    RValueQualified = 1 << 15,
}
