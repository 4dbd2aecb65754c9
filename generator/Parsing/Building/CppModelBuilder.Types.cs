using ItkBindGen.Parsing.Interop;

namespace ItkBindGen.Parsing.Building;

internal sealed partial class CppModelBuilder
{
    private static readonly CppPrimitiveType VoidType = new(CppPrimitiveKind.Void, "void");

    private readonly Dictionary<(CXTypeKind, nint), CppType> _types = [];
    private readonly Dictionary<(CXTypeKind, nint), string?> _canonicalSpellings = [];

    /// <summary>Typedef declarations met while building types, by the declaration that owns them (for instantiations).</summary>
    private readonly Dictionary<nint, Dictionary<string, CXCursor>> _memberTypedefs = [];

    private CppType BuildType(CXType type)
    {
        var key = (type.Kind, type.Data0);
        if (_types.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var built = BuildTypeUncached(type);
        _types[key] = built;
        return built;
    }

    private CppType BuildTypeUncached(CXType type)
    {
        var spelling = Clang.Spelling(type);
        var isConst = ClangNative.clang_isConstQualifiedType(type) != 0;
        var isVolatile = ClangNative.clang_isVolatileQualifiedType(type) != 0;
        if (isConst || isVolatile)
        {
            var inner = BuildType(ClangNative.clang_getUnqualifiedType(type));
            return new CppQualifiedType(inner, isConst, isVolatile, spelling, CanonicalOf(type, spelling));
        }
        if (PrimitiveKindOf(type.Kind) is { } primitive)
        {
            return new CppPrimitiveType(primitive, spelling);
        }
        switch (type.Kind)
        {
            case CXTypeKind.Pointer:
                return new CppPointerType(BuildType(ClangNative.clang_getPointeeType(type)), spelling, CanonicalOf(type, spelling));
            case CXTypeKind.LValueReference or CXTypeKind.RValueReference:
                return new CppReferenceType(BuildType(ClangNative.clang_getPointeeType(type)), type.Kind == CXTypeKind.RValueReference, spelling, CanonicalOf(type, spelling));
            case CXTypeKind.Typedef:
                var declaration = ClangNative.clang_getTypeDeclaration(type);
                NoteMemberTypedef(declaration);
                var target = BuildType(ClangNative.clang_getTypedefDeclUnderlyingType(declaration));
                // The target of a typedef written inside a template can itself be dependent; the typedef's own canonical type wins.
                var canonical = CanonicalOf(type, spelling);
                if (canonical != target.CanonicalSpelling && CanonicalKnown(type))
                {
                    target = BuildType(Clang.Canonical(type));
                }
                return new CppTypedefType(Clang.Spelling(declaration), QualifiedName(declaration), target, spelling);
            case CXTypeKind.Elaborated:
                return BuildType(ClangNative.clang_Type_getNamedType(type));
            case CXTypeKind.Record or CXTypeKind.Enum:
                return BuildNamedType(type, spelling);
            case CXTypeKind.ConstantArray:
                return new CppArrayType(BuildType(ClangNative.clang_getArrayElementType(type)), ClangNative.clang_getArraySize(type), spelling, CanonicalOf(type, spelling));
            case CXTypeKind.IncompleteArray:
                return new CppArrayType(BuildType(ClangNative.clang_getArrayElementType(type)), null, spelling, CanonicalOf(type, spelling));
            case CXTypeKind.FunctionProto or CXTypeKind.FunctionNoProto:
                var parameters = new List<CppType>();
                var count = ClangNative.clang_getNumArgTypes(type);
                for (uint i = 0; i < Math.Max(count, 0); i++)
                {
                    parameters.Add(BuildType(ClangNative.clang_getArgType(type, i)));
                }
                return new CppFunctionType(BuildType(ClangNative.clang_getResultType(type)), parameters,
                    ClangNative.clang_isFunctionTypeVariadic(type) != 0, spelling, CanonicalOf(type, spelling));
        }
        // Sugar libclang does not expose (template specializations as written, auto, decltype): use the canonical type.
        var canonicalType = Clang.Canonical(type);
        if (canonicalType.Kind is CXTypeKind.Record or CXTypeKind.Enum)
        {
            return BuildNamedType(canonicalType, spelling);
        }
        if (canonicalType.Kind is not (CXTypeKind.Unexposed or CXTypeKind.Invalid or CXTypeKind.Dependent) && canonicalType.Kind != type.Kind)
        {
            return BuildType(canonicalType);
        }
        return new CppUnexposedType(spelling, spelling);
    }

    private CppNamedType BuildNamedType(CXType type, string spelling)
    {
        var declaration = ClangNative.clang_getTypeDeclaration(Clang.Canonical(type));
        var kind = declaration.Kind switch
        {
            CXCursorKind.EnumDecl => CppNamedTypeKind.Enum,
            CXCursorKind.StructDecl => CppNamedTypeKind.Struct,
            CXCursorKind.UnionDecl => CppNamedTypeKind.Union,
            _ => CppNamedTypeKind.Class,
        };
        var arguments = SpecializationArguments(declaration);
        var system = IsInSystemHeader(declaration);
        var named = new CppNamedType(kind, UnqualifiedTemplateName(declaration), arguments?.Arguments ?? [], system, spelling, CanonicalOf(type, spelling));
        if (kind == CppNamedTypeKind.Enum && !system && !_compilation.ResolvedEnums.ContainsKey(named.CanonicalSpelling))
        {
            _compilation.ResolvedEnums[named.CanonicalSpelling] = BuildEnum(declaration, named.CanonicalSpelling);
        }
        return named;
    }

    private bool CanonicalKnown(CXType type) => PrintCanonical(Clang.Canonical(type)) is not null;

    /// <summary>The canonical spelling of a type (see <see cref="CppType"/>), or the written spelling when dependent.</summary>
    private string CanonicalOf(CXType type, string written)
    {
        var canonical = Clang.Canonical(type);
        var key = (canonical.Kind, canonical.Data0);
        if (!_canonicalSpellings.TryGetValue(key, out var text))
        {
            text = PrintCanonical(canonical);
            _canonicalSpellings[key] = text;
        }
        return text ?? written;
    }

    /// <summary>Prints a canonical type; null when it is dependent or not printable.</summary>
    private string? PrintCanonical(CXType type)
    {
        string? core;
        if (PrimitiveKindOf(type.Kind) is { } primitive)
        {
            core = CppSpelling.Of(primitive);
        }
        else
        {
            switch (type.Kind)
            {
                case CXTypeKind.Pointer:
                    core = PrintDeclarator(ClangNative.clang_getPointeeType(type), "*");
                    break;
                case CXTypeKind.LValueReference:
                    core = PrintDeclarator(ClangNative.clang_getPointeeType(type), "&");
                    break;
                case CXTypeKind.RValueReference:
                    core = PrintDeclarator(ClangNative.clang_getPointeeType(type), "&&");
                    break;
                case CXTypeKind.Record or CXTypeKind.Enum:
                    core = QualifiedName(ClangNative.clang_getTypeDeclaration(type));
                    break;
                case CXTypeKind.ConstantArray:
                    core = PrintCanonical(ClangNative.clang_getArrayElementType(type)) is { } element ? $"{element}[{ClangNative.clang_getArraySize(type)}]" : null;
                    break;
                case CXTypeKind.IncompleteArray:
                    core = PrintCanonical(ClangNative.clang_getArrayElementType(type)) is { } unsized ? $"{unsized}[]" : null;
                    break;
                case CXTypeKind.FunctionProto:
                    var result = PrintCanonical(ClangNative.clang_getResultType(type));
                    var parts = new List<string>();
                    var count = ClangNative.clang_getNumArgTypes(type);
                    for (uint i = 0; i < Math.Max(count, 0) && result is not null; i++)
                    {
                        if (PrintCanonical(ClangNative.clang_getArgType(type, i)) is { } part)
                        {
                            parts.Add(part);
                        }
                        else
                        {
                            result = null;
                        }
                    }
                    if (ClangNative.clang_isFunctionTypeVariadic(type) != 0)
                    {
                        parts.Add("...");
                    }
                    core = result is null ? null : $"{result} ({string.Join(", ", parts)})";
                    break;
                default:
                    core = null;
                    break;
            }
        }
        if (core is null)
        {
            return null;
        }
        var isConst = ClangNative.clang_isConstQualifiedType(type) != 0;
        var isVolatile = ClangNative.clang_isVolatileQualifiedType(type) != 0;
        if (type.Kind is CXTypeKind.Pointer)
        {
            return core + (isConst ? "const" : string.Empty) + (isVolatile ? (isConst ? " volatile" : "volatile") : string.Empty);
        }
        return (isConst ? "const " : string.Empty) + (isVolatile ? "volatile " : string.Empty) + core;
    }

    /// <summary>A pointer or reference to <paramref name="target"/>: "T *", and "R (*)(A)" or "T (&amp;)[N]" for functions and arrays.</summary>
    private string? PrintDeclarator(CXType target, string token)
    {
        if (target.Kind is CXTypeKind.FunctionProto or CXTypeKind.ConstantArray or CXTypeKind.IncompleteArray)
        {
            var whole = PrintCanonical(target);
            var split = target.Kind == CXTypeKind.FunctionProto ? whole?.IndexOf(" (", StringComparison.Ordinal) ?? -1 : whole?.IndexOf('[') ?? -1;
            if (whole is null || split < 0)
            {
                return null;
            }
            var head = whole[..split].TrimEnd();
            var tail = whole[split..].TrimStart();
            return $"{head} ({token}){tail}";
        }
        return PrintCanonical(target) is { } inner ? CppSpelling.Declarator(inner, token) : null;
    }

    private static CppPrimitiveKind? PrimitiveKindOf(CXTypeKind kind) => kind switch
    {
        CXTypeKind.Void => CppPrimitiveKind.Void,
        CXTypeKind.Bool => CppPrimitiveKind.Bool,
        CXTypeKind.Char_U or CXTypeKind.Char_S => CppPrimitiveKind.Char,
        CXTypeKind.SChar => CppPrimitiveKind.SignedChar,
        CXTypeKind.UChar => CppPrimitiveKind.UnsignedChar,
        CXTypeKind.WChar => CppPrimitiveKind.WChar,
        CXTypeKind.Char16 => CppPrimitiveKind.Char16,
        CXTypeKind.Char32 => CppPrimitiveKind.Char32,
        CXTypeKind.Short => CppPrimitiveKind.Short,
        CXTypeKind.UShort => CppPrimitiveKind.UnsignedShort,
        CXTypeKind.Int => CppPrimitiveKind.Int,
        CXTypeKind.UInt => CppPrimitiveKind.UnsignedInt,
        CXTypeKind.Long => CppPrimitiveKind.Long,
        CXTypeKind.ULong => CppPrimitiveKind.UnsignedLong,
        CXTypeKind.LongLong => CppPrimitiveKind.LongLong,
        CXTypeKind.ULongLong => CppPrimitiveKind.UnsignedLongLong,
        CXTypeKind.Int128 => CppPrimitiveKind.Int128,
        CXTypeKind.UInt128 => CppPrimitiveKind.UnsignedInt128,
        CXTypeKind.Float => CppPrimitiveKind.Float,
        CXTypeKind.Double => CppPrimitiveKind.Double,
        CXTypeKind.LongDouble => CppPrimitiveKind.LongDouble,
        CXTypeKind.NullPtr => CppPrimitiveKind.NullPtr,
        _ => null,
    };

    private void NoteMemberTypedef(CXCursor declaration)
    {
        var parent = ClangNative.clang_getCursorSemanticParent(declaration);
        if (parent.Kind is CXCursorKind.ClassDecl or CXCursorKind.StructDecl && AccessOf(declaration) == CppAccess.Public)
        {
            if (!_memberTypedefs.TryGetValue(parent.Data0, out var byName))
            {
                _memberTypedefs[parent.Data0] = byName = new Dictionary<string, CXCursor>(StringComparer.Ordinal);
            }
            byName.TryAdd(Clang.Spelling(declaration), declaration);
        }
    }
}
