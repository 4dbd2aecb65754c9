using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

/// <summary>
/// Maps resolved C++ types to <see cref="TypeBinding"/>s. A type it cannot map yields null and the reason,
/// which the caller reports as a "not wrapped" warning naming the member.
/// The target is pinned to x86_64 Linux (LP64): <c>long</c> is 64 bits.
/// </summary>
public sealed class TypeMapper
{
    private readonly IReadOnlyDictionary<string, string> _proxies;
    private readonly IReadOnlyDictionary<string, EnumBinding> _enums;

    /// <param name="proxies">Wrapped classes: canonical C++ name → C# proxy name.</param>
    /// <param name="enums">Wrapped enums: canonical C++ name → binding (its CsName qualified as C# code refers to it).</param>
    public TypeMapper(IReadOnlyDictionary<string, string> proxies, IReadOnlyDictionary<string, EnumBinding> enums)
    {
        _proxies = proxies;
        _enums = enums;
    }

    /// <summary>
    /// Returned objects come back as a pointer carrying one reference (and may be null, so the C# type is nullable);
    /// returned strings as a copy the wrapper frees.
    /// </summary>
    public TypeBinding? MapReturn(CppType type, out string reason)
    {
        var binding = Map(type, isReturn: true, out reason);
        return binding?.Kind switch
        {
            TypeKind.Object => binding with { CsType = binding.CsType + "?", CsInteropType = "nint" },
            TypeKind.String => binding with { CsInteropType = "nint", CppShimType = "char *" },
            _ => binding,
        };
    }

    public TypeBinding? MapParameter(CppType type, out string reason) => Map(type, isReturn: false, out reason);

    private TypeBinding? Map(CppType declared, bool isReturn, out string reason)
    {
        reason = string.Empty;
        var type = declared.StripTypedefs();
        var cppType = declared.CanonicalSpelling;

        if (type is CppReferenceType reference)
        {
            var referenced = Unqualify(reference.Referenced, out var isConst);
            if (!isConst || reference.IsRValue)
            {
                reason = $"'{cppType}' is a {(reference.IsRValue ? "rvalue" : "non-const")} reference (an in/out parameter has no C# mapping yet)";
                return null;
            }
            if (referenced is CppNamedType { IsEnum: false } named && _proxies.ContainsKey(named.CanonicalSpelling))
            {
                reason = $"'{cppType}' passes a wrapped object by reference; only pointers and SmartPointers of wrapped classes are mapped";
                return null;
            }
            return MapValue(referenced, cppType, isReturn, out reason);
        }
        if (type is CppPointerType pointer)
        {
            return MapPointer(pointer, cppType, out reason);
        }
        return MapValue(Unqualify(type, out _), cppType, isReturn, out reason);
    }

    private TypeBinding? MapValue(CppType type, string cppType, bool isReturn, out string reason)
    {
        reason = string.Empty;
        switch (type)
        {
            case CppPrimitiveType primitive:
                return MapPrimitive(primitive, cppType, isReturn, out reason);
            case CppNamedType { IsEnum: true } enumType:
                if (_enums.TryGetValue(enumType.CanonicalSpelling, out var binding))
                {
                    var underlying = binding.UnderlyingCsType;
                    return new TypeBinding
                    {
                        Kind = TypeKind.Enum, CppType = cppType, CppValueType = enumType.CanonicalSpelling,
                        CsType = binding.CsName, CsInteropType = underlying, CppShimType = binding.UnderlyingCppType,
                        TargetName = binding.CsName,
                    };
                }
                reason = $"enum '{enumType.CanonicalSpelling}' is not wrapped (%include its header)";
                return null;
            case CppNamedType named:
                return MapNamed(named, cppType, out reason);
            default:
                reason = $"'{cppType}' has no C# mapping";
                return null;
        }
    }

    private TypeBinding? MapNamed(CppNamedType named, string cppType, out string reason)
    {
        reason = string.Empty;
        var arguments = named.TemplateArguments;
        switch (named.FullName)
        {
            case "std::basic_string" or "std::__cxx11::basic_string"
                when arguments.Count > 0 && arguments[0].Type is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char }:
                return new TypeBinding
                {
                    Kind = TypeKind.String, CppType = cppType, CppValueType = "std::string",
                    CsType = "string", CsInteropType = "string", CppShimType = "const char *",
                };
            case "std::vector" when arguments.Count > 0 && arguments[0].Type is CppPrimitiveType element
                                    && element.PrimitiveKind != CppPrimitiveKind.Bool:
                var elementCs = PrimitiveCsType(element.PrimitiveKind);
                if (elementCs is null)
                {
                    break;
                }
                var elementCpp = element.CanonicalSpelling;
                return new TypeBinding
                {
                    Kind = TypeKind.PrimitiveVector, CppType = cppType, CppValueType = $"std::vector<{elementCpp}>",
                    CsType = elementCs + "[]", CsInteropType = elementCs + "*", CppShimType = $"const {elementCpp} *",
                    ElementCsType = elementCs, ElementCppType = elementCpp,
                };
            case "itk::SmartPointer" when arguments.Count == 1 && arguments[0].Type is { } pointee:
                var target = Unqualify(pointee.StripTypedefs(), out _);
                if (_proxies.TryGetValue(target.CanonicalSpelling, out var proxy))
                {
                    return ObjectBinding(cppType, target.CanonicalSpelling, proxy, isSmartPointer: true);
                }
                reason = $"class '{target.CanonicalSpelling}' is not wrapped (add a %template or %include for it)";
                return null;
        }
        if (FixedArrayElement(named) is { } fixedArray)
        {
            var (elementKind, length) = fixedArray;
            var elementCpp = CppSpelling.Of(elementKind);
            if (PrimitiveCsType(elementKind) is { } elementCs)
            {
                return new TypeBinding
                {
                    Kind = TypeKind.FixedArray, CppType = cppType, CppValueType = named.CanonicalSpelling,
                    CsType = elementCs + "[]", CsInteropType = elementCs + "*", CppShimType = $"const {elementCpp} *",
                    ElementCsType = elementCs, ElementCppType = elementCpp, Length = length,
                };
            }
        }
        reason = _proxies.ContainsKey(named.CanonicalSpelling)
            ? $"'{cppType}' passes a wrapped object by value; only pointers and SmartPointers of wrapped classes are mapped"
            : $"'{cppType}' has no C# mapping";
        return null;
    }

    private TypeBinding? MapPointer(CppPointerType pointer, string cppType, out string reason)
    {
        reason = string.Empty;
        var pointee = Unqualify(pointer.Pointee.StripTypedefs(), out _);
        if (pointee is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char })
        {
            return new TypeBinding
            {
                Kind = TypeKind.String, CppType = cppType, CppValueType = "const char *",
                CsType = "string", CsInteropType = "string", CppShimType = "const char *",
            };
        }
        if (pointee is CppNamedType { IsEnum: false } && _proxies.TryGetValue(pointee.CanonicalSpelling, out var proxy))
        {
            return ObjectBinding(cppType, pointee.CanonicalSpelling, proxy, isSmartPointer: false);
        }
        reason = pointee is CppNamedType
            ? $"class '{pointee.CanonicalSpelling}' is not wrapped (add a %template or %include for it)"
            : $"raw pointer '{cppType}' has no C# mapping";
        return null;
    }

    private static TypeBinding ObjectBinding(string cppType, string cppClass, string proxy, bool isSmartPointer) => new()
    {
        Kind = TypeKind.Object, CppType = cppType, CppValueType = cppClass,
        CsType = proxy, CsInteropType = "NativeObjectHandle", CppShimType = "itk::LightObject *",
        TargetName = proxy, IsSmartPointer = isSmartPointer,
    };

    private static TypeBinding? MapPrimitive(CppPrimitiveType primitive, string cppType, bool isReturn, out string reason)
    {
        reason = string.Empty;
        switch (primitive.PrimitiveKind)
        {
            case CppPrimitiveKind.Void when isReturn:
                return new TypeBinding
                {
                    Kind = TypeKind.Void, CppType = "void", CppValueType = "void",
                    CsType = "void", CsInteropType = "void", CppShimType = "void",
                };
            case CppPrimitiveKind.Bool:
                return new TypeBinding
                {
                    Kind = TypeKind.Bool, CppType = cppType, CppValueType = "bool",
                    CsType = "bool", CsInteropType = "byte", CppShimType = "std::uint8_t",
                };
        }
        var cs = PrimitiveCsType(primitive.PrimitiveKind);
        if (cs is null)
        {
            reason = $"'{cppType}' has no C# mapping";
            return null;
        }
        return new TypeBinding
        {
            Kind = TypeKind.Primitive, CppType = cppType, CppValueType = primitive.CanonicalSpelling,
            CsType = cs, CsInteropType = cs, CppShimType = primitive.CanonicalSpelling,
        };
    }

    /// <summary>ITK's small fixed-length value types, passed as C# arrays of their element type.</summary>
    private static (CppPrimitiveKind Element, int Length)? FixedArrayElement(CppNamedType named)
    {
        var arguments = named.TemplateArguments;
        int LengthAt(int index) => index < arguments.Count && int.TryParse(arguments[index].Value, out var n) ? n : -1;
        return named.FullName switch
        {
            "itk::Size" when LengthAt(0) > 0 => (CppPrimitiveKind.UnsignedLong, LengthAt(0)),
            "itk::Index" or "itk::Offset" when LengthAt(0) > 0 => (CppPrimitiveKind.Long, LengthAt(0)),
            "itk::FixedArray" or "itk::Vector" or "itk::Point" or "itk::CovariantVector"
                when LengthAt(1) > 0 && arguments[0].Type is CppPrimitiveType element => (element.PrimitiveKind, LengthAt(1)),
            _ => null,
        };
    }

    private static CppType Unqualify(CppType type, out bool isConst)
    {
        isConst = false;
        while (true)
        {
            switch (type)
            {
                case CppQualifiedType qualified:
                    isConst |= qualified.IsConst;
                    type = qualified.ElementType;
                    break;
                case CppTypedefType typedef:
                    type = typedef.Target;
                    break;
                default:
                    return type;
            }
        }
    }

    public static string? PrimitiveCsType(CppPrimitiveKind kind) => kind switch
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
