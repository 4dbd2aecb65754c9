using System.Text.RegularExpressions;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Constants;

/// <summary>
/// The C++ type of a <c>%constant</c>, as written or (without one) as its literal gives it, when it is one a C# constant
/// can hold: an arithmetic type, <c>bool</c>, a character string. <see cref="CppCast"/> is how the shim converts the value.
/// </summary>
public sealed partial record ConstantType(CppType Type, string CppCast)
{
    private static readonly Dictionary<string, CppPrimitiveKind> Primitives = new(StringComparer.Ordinal)
    {
        ["bool"] = CppPrimitiveKind.Bool, ["_Bool"] = CppPrimitiveKind.Bool,
        ["char"] = CppPrimitiveKind.Char, ["signed char"] = CppPrimitiveKind.SignedChar, ["unsigned char"] = CppPrimitiveKind.UnsignedChar,
        ["short"] = CppPrimitiveKind.Short, ["unsigned short"] = CppPrimitiveKind.UnsignedShort,
        ["int"] = CppPrimitiveKind.Int, ["unsigned int"] = CppPrimitiveKind.UnsignedInt,
        ["long"] = CppPrimitiveKind.Long, ["unsigned long"] = CppPrimitiveKind.UnsignedLong,
        ["long long"] = CppPrimitiveKind.LongLong, ["unsigned long long"] = CppPrimitiveKind.UnsignedLongLong,
        ["float"] = CppPrimitiveKind.Float, ["double"] = CppPrimitiveKind.Double,
        ["int8_t"] = CppPrimitiveKind.SignedChar, ["uint8_t"] = CppPrimitiveKind.UnsignedChar,
        ["int16_t"] = CppPrimitiveKind.Short, ["uint16_t"] = CppPrimitiveKind.UnsignedShort,
        ["int32_t"] = CppPrimitiveKind.Int, ["uint32_t"] = CppPrimitiveKind.UnsignedInt,
        ["int64_t"] = CppPrimitiveKind.Long, ["uint64_t"] = CppPrimitiveKind.UnsignedLong,
        ["size_t"] = CppPrimitiveKind.UnsignedLong, ["ptrdiff_t"] = CppPrimitiveKind.Long,
    };

    /// <summary>The type written in the directive, or null when it is not one a C# constant can hold.</summary>
    public static ConstantType? Written(string spelling)
    {
        var words = Regex.Replace(spelling, @"\s*([*&])\s*", " $1 ").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        words.RemoveAll(w => w == "const");
        // C's and C++'s other spellings of one type: 'signed' and 'int' are implied, std:: is the same name.
        var text = string.Join(' ', words).Replace("std::", string.Empty, StringComparison.Ordinal);
        text = Regex.Replace(text, @"^signed (short|int|long|long long)\b", "$1");
        text = Regex.Replace(text, @"^(unsigned |)(short|long|long long) int$", "$1$2");
        text = text is "signed" ? "int" : text is "unsigned" ? "unsigned int" : text;
        if (Primitives.TryGetValue(text, out var kind))
        {
            return Primitive(kind);
        }
        return text switch
        {
            "char *" => CharPointer(),
            "string" => StandardString(),
            _ => null,
        };
    }

    /// <summary>The type of an untyped constant's literal (SWIG infers it so), or null when the value is no single literal.</summary>
    public static ConstantType? OfLiteral(string value)
    {
        var text = value.Trim();
        while (text.Length > 1 && text[0] == '(' && text[^1] == ')' && !text[1..^1].Contains('(', StringComparison.Ordinal))
        {
            text = text[1..^1].Trim();
        }
        if (text is "true" or "false")
        {
            return Primitive(CppPrimitiveKind.Bool);
        }
        if (StringLiteral().IsMatch(text))
        {
            return CharPointer();
        }
        if (CharLiteral().IsMatch(text))
        {
            return Primitive(CppPrimitiveKind.Char);
        }
        if (IntegerLiteral().Match(text) is { Success: true } integer)
        {
            return IntegerType(integer.Groups["digits"].Value, integer.Groups["suffix"].Value.ToLowerInvariant()) is { } kind ? Primitive(kind) : null;
        }
        // A long double (suffix L) has no C# type.
        return FloatLiteral().Match(text) is { Success: true } real
            ? real.Groups["suffix"].Value switch
            {
                "f" or "F" => Primitive(CppPrimitiveKind.Float),
                "" => Primitive(CppPrimitiveKind.Double),
                _ => null,
            }
            : null;
    }

    // C++'s type of an integer literal on LP64 (long is 64 bits): the first of its suffix's list that holds the value;
    // a decimal literal without 'u' never becomes unsigned.
    private static CppPrimitiveKind? IntegerType(string digits, string suffix)
    {
        var text = digits.Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var (number, radix) = text.StartsWith("0x", StringComparison.Ordinal) ? (text[2..], 16)
            : text.StartsWith("0b", StringComparison.Ordinal) ? (text[2..], 2)
            : text.Length > 1 && text[0] == '0' ? (text[1..], 8) : (text, 10);
        System.Numerics.BigInteger value = 0;
        foreach (var c in number)
        {
            value = value * radix + Convert.ToInt32(c.ToString(), 16);
        }
        var unsigned = suffix.Contains('u');
        var longs = suffix.Count(c => c == 'l');
        CppPrimitiveKind[] candidates = (unsigned, longs, radix == 10) switch
        {
            (false, 0, true) => [CppPrimitiveKind.Int, CppPrimitiveKind.Long],
            (false, 0, false) => [CppPrimitiveKind.Int, CppPrimitiveKind.UnsignedInt, CppPrimitiveKind.Long, CppPrimitiveKind.UnsignedLong],
            (true, 0, _) => [CppPrimitiveKind.UnsignedInt, CppPrimitiveKind.UnsignedLong],
            (false, 1, true) => [CppPrimitiveKind.Long],
            (false, 1, false) => [CppPrimitiveKind.Long, CppPrimitiveKind.UnsignedLong],
            (true, 1, _) => [CppPrimitiveKind.UnsignedLong],
            (false, _, true) => [CppPrimitiveKind.LongLong],
            (false, _, false) => [CppPrimitiveKind.LongLong, CppPrimitiveKind.UnsignedLongLong],
            _ => [CppPrimitiveKind.UnsignedLongLong],
        };
        return candidates.Cast<CppPrimitiveKind?>().FirstOrDefault(k => value <= Largest(k!.Value));
    }

    private static System.Numerics.BigInteger Largest(CppPrimitiveKind kind) => kind switch
    {
        CppPrimitiveKind.Int => int.MaxValue,
        CppPrimitiveKind.UnsignedInt => uint.MaxValue,
        CppPrimitiveKind.Long or CppPrimitiveKind.LongLong => long.MaxValue,
        _ => ulong.MaxValue,
    };

    private static ConstantType Primitive(CppPrimitiveKind kind)
    {
        var type = new CppPrimitiveType(kind, CppSpelling.Of(kind));
        return new ConstantType(type, $"static_cast<{type.CanonicalSpelling}>");
    }

    private static ConstantType CharPointer()
    {
        var character = new CppPrimitiveType(CppPrimitiveKind.Char, "char");
        var constant = new CppQualifiedType(character, isConst: true, isVolatile: false, "const char", "const char");
        return new ConstantType(new CppPointerType(constant, "const char *", "const char *"), "static_cast<const char *>");
    }

    private static ConstantType StandardString()
    {
        var character = new CppPrimitiveType(CppPrimitiveKind.Char, "char");
        var type = new CppNamedType(CppNamedTypeKind.Class, "std::basic_string", [CppTemplateArgument.ForType(character)], isFromSystemHeader: true,
            "std::string", "std::basic_string<char>");
        return new ConstantType(type, "std::string");
    }

    [GeneratedRegex("""^"([^"\\]|\\.)*"(\s*"([^"\\]|\\.)*")*$""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("""^'([^'\\]|\\[^']+)'$""")]
    private static partial Regex CharLiteral();

    [GeneratedRegex("""^[-+]?(?<digits>0[xX][0-9a-fA-F']+|0[bB][01']+|[0-9][0-9']*)(?<suffix>[uU]?(ll|LL|l|L)?|(ll|LL|l|L)[uU])$""")]
    private static partial Regex IntegerLiteral();

    [GeneratedRegex("""^[-+]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))([eE][-+]?[0-9]+)?(?<suffix>[fFlL]?)$""")]
    private static partial Regex FloatLiteral();
}
