using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Resolution;

/// <summary>
/// Chooses the marshaller of each C++ type by asking a chain of small resolvers in turn, and how a parameter is
/// passed (read, written back, an %apply array). A type nobody maps yields the reason, which the binder reports as a
/// "not wrapped" warning naming the member. The target is pinned to x86_64 Linux (LP64).
/// </summary>
public sealed class MarshallerResolver
{
    internal const string ApplyHint = "say what it points to with %apply, e.g. %apply double INPUT[ImageDimension] { const double * };";

    private readonly DirectiveIndex _directives;
    private readonly ITypeResolver[] _chain;

    /// <param name="proxies">Wrapped classes that are not value classes: C++ name → C# name as this module's code refers to it.</param>
    /// <param name="valueClasses">Wrapped value classes: C++ name → C# name.</param>
    /// <param name="enums">Wrapped enums by C++ name (their C# names qualified as this module's code refers to them).</param>
    /// <param name="nativeClass">The module's class of entry points, whose helpers free returned memory.</param>
    /// <param name="directives">The module's directives, for %apply.</param>
    public MarshallerResolver(IReadOnlyDictionary<string, string> proxies, IReadOnlyDictionary<string, ValueProxy> valueClasses,
        IReadOnlyDictionary<string, EnumBinding> enums, string nativeClass, DirectiveIndex directives)
    {
        Proxies = proxies;
        ValueClasses = valueClasses;
        Enums = enums;
        NativeClass = nativeClass;
        _directives = directives;
        _chain =
        [
            new PrimitiveResolver(), new EnumResolver(), new ProxyResolver(), new StandardLibraryResolver(),
            new ItkValueResolver(), new ItkContainerResolver(), new FunctionPointerResolver(),
        ];
    }

    internal IReadOnlyDictionary<string, string> Proxies { get; }

    internal IReadOnlyDictionary<string, ValueProxy> ValueClasses { get; }

    internal IReadOnlyDictionary<string, EnumBinding> Enums { get; }

    internal string NativeClass { get; }

    /// <summary>The marshaller of a returned value; references to const come back as copies.</summary>
    public Resolution Return(CppType declared)
    {
        var type = declared.StripTypedefs();
        var spelling = declared.CanonicalSpelling;
        Resolution resolution;
        switch (type)
        {
            case CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Void }:
                return Resolution.Of(VoidMarshaller.Instance);
            case CppReferenceType reference:
                var referenced = Unqualify(reference.Referenced, out var isConst);
                if (!isConst && !reference.IsRValue && referenced is CppNamedType && ValueClasses.TryGetValue(referenced.CanonicalSpelling, out var borrowed))
                {
                    // A reference into an object C++ keeps: a proxy that does not own it.
                    return Resolution.Of(new ProxyMarshaller(borrowed.CsName, borrowed.CppSpelling, borrowed.RootCppSpelling, ProxyOwnership.Borrowed, byPointer: false, NativeClass));
                }
                if (!isConst || reference.IsRValue)
                {
                    return Resolution.Fail($"'{spelling}' is a {(reference.IsRValue ? "rvalue" : "modifiable")} reference; a C# copy could not change the C++ value (use the Set/Get pair)");
                }
                resolution = Value(referenced, spelling);
                break;
            case CppPointerType pointer:
                resolution = Pointer(pointer, spelling);
                break;
            default:
                resolution = Value(Unqualify(type, out _), spelling);
                break;
        }
        return resolution.Marshaller is { } marshaller && !marshaller.Uses.HasFlag(MarshallerUses.Return)
            ? Resolution.Fail($"'{spelling}' is mapped only as a parameter ({marshaller.Kind})")
            : resolution;
    }

    /// <summary>
    /// The marshaller of one parameter and how it is passed: by value or const reference, written back through a
    /// non-const reference, or an array a raw pointer points to, as an <c>%apply</c> rule says.
    /// </summary>
    /// <param name="declared">The parameter's type as declared.</param>
    /// <param name="cppName">Its C++ name, which %apply targets may name.</param>
    /// <param name="scope">The C++ scope constant expressions of %apply lengths are evaluated in.</param>
    /// <param name="passing">How the value travels.</param>
    public Resolution Parameter(CppType declared, string cppName, string scope, out Passing passing)
    {
        passing = Passing.In;
        var type = declared.StripTypedefs();
        var spelling = declared.CanonicalSpelling;
        var rule = _directives.ApplyRule(declared, cppName);
        switch (type)
        {
            case CppReferenceType { IsRValue: true }:
                return Resolution.Fail($"'{spelling}' is an rvalue reference; C# has no way to give up a value");
            case CppReferenceType reference:
            {
                var referenced = Unqualify(reference.Referenced, out var isConst);
                if (referenced is CppNamedType { IsEnum: false } named && Proxies.ContainsKey(named.CanonicalSpelling))
                {
                    return Resolution.Fail($"'{spelling}' passes a wrapped object by reference; only pointers and SmartPointers of wrapped classes are mapped");
                }
                var value = Value(referenced, spelling);
                // An object passed by reference is the proxy's own object: the callee changes it in place.
                if (value.Marshaller is not { } marshaller || isConst || marshaller is ProxyMarshaller { Ownership: ProxyOwnership.OwnedCopy })
                {
                    return In(value, spelling);
                }
                if (!marshaller.Uses.HasFlag(MarshallerUses.WriteBack))
                {
                    return Resolution.Fail($"'{spelling}' is a non-const reference to a {marshaller.Kind} value, which cannot be written back");
                }
                passing = rule?.Mode == ApplyMode.OutReference ? Passing.Out : Passing.InOut;
                return value;
            }
            case CppPointerType pointer when rule is { Mode: ApplyMode.Input or ApplyMode.Output }:
                return In(ArrayResolver.Span(pointer.Pointee, rule, spelling, scope), spelling);
            case CppPointerType pointer when MarshallerResolver.Unqualify(pointer.Pointee.StripTypedefs(), out var constChars) is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char } && !constChars:
                return Resolution.Fail($"'{spelling}' is a writable character buffer; declare the parameter 'const char *' if the callee only reads it, or wrap it with %ignore and a helper of your own");
            case CppPointerType pointer:
                return In(Pointer(pointer, spelling), spelling);
            case CppArrayType array when rule is { Mode: ApplyMode.Input or ApplyMode.Output }:
                return In(ArrayResolver.Span(array.ElementType, rule, spelling, scope), spelling);
            case CppArrayType array:
                return In(ArrayResolver.CArray(array, spelling), spelling);
            default:
                return In(Value(Unqualify(type, out _), spelling), spelling);
        }
    }

    /// <summary>A value of an unqualified type, by the first resolver that knows it.</summary>
    internal Resolution Value(CppType type, string spelling)
    {
        foreach (var resolver in _chain)
        {
            if (resolver.Value(type, spelling, this) is { IsHandled: true } resolution)
            {
                return resolution;
            }
        }
        return Resolution.Fail(type is CppNamedType named && Proxies.ContainsKey(named.CanonicalSpelling)
            ? $"'{spelling}' passes a wrapped object by value; only pointers and SmartPointers of wrapped classes are mapped"
            : $"'{spelling}' has no C# mapping");
    }

    /// <summary>A pointer, by the first resolver that knows what it points to.</summary>
    internal Resolution Pointer(CppPointerType pointer, string spelling)
    {
        var pointee = Unqualify(pointer.Pointee.StripTypedefs(), out _);
        foreach (var resolver in _chain)
        {
            if (resolver.Pointer(pointee, spelling, this) is { IsHandled: true } resolution)
            {
                return resolution;
            }
        }
        return pointee is CppNamedType
            ? Resolution.NotWrapped(pointee.CanonicalSpelling, $"class '{pointee.CanonicalSpelling}' is not wrapped (add a %template or %include for it)")
            : Resolution.Fail($"raw pointer '{spelling}' has no meaning the generator can guess; {ApplyHint}");
    }

    private static Resolution In(Resolution resolution, string spelling) =>
        resolution.Marshaller is { } marshaller && !marshaller.Uses.HasFlag(MarshallerUses.In)
            ? Resolution.Fail($"'{spelling}' is mapped only as a result ({marshaller.Kind})")
            : resolution;

    /// <summary>Strips cv-qualifiers and typedefs, saying whether a const was among them.</summary>
    internal static CppType Unqualify(CppType type, out bool isConst)
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
}
