using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Marshalling;

/// <summary>The C# type of each C++ arithmetic type, on x86_64 Linux (LP64: <c>long</c> is 64 bits).</summary>
public static class CsPrimitives
{
    public static string? Of(CppPrimitiveKind kind) => kind switch
    {
        CppPrimitiveKind.Char or CppPrimitiveKind.SignedChar => "sbyte",
        CppPrimitiveKind.UnsignedChar => "byte",
        CppPrimitiveKind.Short => "short",
        CppPrimitiveKind.UnsignedShort => "ushort",
        CppPrimitiveKind.Int => "int",
        CppPrimitiveKind.UnsignedInt => "uint",
        CppPrimitiveKind.Long or CppPrimitiveKind.LongLong => "long",
        CppPrimitiveKind.UnsignedLong or CppPrimitiveKind.UnsignedLongLong => "ulong",
        CppPrimitiveKind.Float => "float",
        CppPrimitiveKind.Double => "double",
        _ => null,
    };
}
