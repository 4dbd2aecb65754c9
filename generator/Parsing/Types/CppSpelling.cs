namespace ItkBindGen.Parsing;

/// <summary>The canonical spelling rules shared by the type tree and the builder.</summary>
internal static class CppSpelling
{
    public static string Of(CppPrimitiveKind kind) => kind switch
    {
        CppPrimitiveKind.Void => "void",
        CppPrimitiveKind.Bool => "bool",
        CppPrimitiveKind.Char => "char",
        CppPrimitiveKind.SignedChar => "signed char",
        CppPrimitiveKind.UnsignedChar => "unsigned char",
        CppPrimitiveKind.WChar => "wchar_t",
        CppPrimitiveKind.Char16 => "char16_t",
        CppPrimitiveKind.Char32 => "char32_t",
        CppPrimitiveKind.Short => "short",
        CppPrimitiveKind.UnsignedShort => "unsigned short",
        CppPrimitiveKind.Int => "int",
        CppPrimitiveKind.UnsignedInt => "unsigned int",
        CppPrimitiveKind.Long => "long",
        CppPrimitiveKind.UnsignedLong => "unsigned long",
        CppPrimitiveKind.LongLong => "long long",
        CppPrimitiveKind.UnsignedLongLong => "unsigned long long",
        CppPrimitiveKind.Int128 => "__int128",
        CppPrimitiveKind.UnsignedInt128 => "unsigned __int128",
        CppPrimitiveKind.Float => "float",
        CppPrimitiveKind.Double => "double",
        CppPrimitiveKind.LongDouble => "long double",
        CppPrimitiveKind.NullPtr => "std::nullptr_t",
        _ => kind.ToString(),
    };

    /// <summary>Appends a declarator token: "T *", "char **", "T &amp;".</summary>
    public static string Declarator(string inner, string token) =>
        inner.EndsWith('*') || inner.EndsWith('&') ? inner + token : inner + " " + token;

    /// <summary>"name&lt;a, b&gt;" or just "name" without arguments.</summary>
    public static string WithArguments(string name, IEnumerable<string> arguments)
    {
        var list = string.Join(", ", arguments);
        return list.Length == 0 ? name : $"{name}<{list}>";
    }
}
