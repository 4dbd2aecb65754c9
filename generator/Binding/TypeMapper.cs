using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Marshalling;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding;

/// <summary>
/// Chooses the marshaller of each C++ type and how the value is passed (in, written back, returned). A type it
/// cannot map yields null and the reason, which the caller reports as a "not wrapped" warning naming the member.
/// The target is pinned to x86_64 Linux (LP64): <c>long</c> is 64 bits.
/// </summary>
public sealed class TypeMapper
{
    private const string ApplyHint = "say what it points to with %apply, e.g. %apply double INPUT[ImageDimension] { const double * };";

    private readonly IReadOnlyDictionary<string, string> _proxies;
    private readonly IReadOnlyDictionary<string, string> _valueClasses;
    private readonly IReadOnlyDictionary<string, EnumBinding> _enums;
    private readonly string _nativeClass;
    private readonly DirectiveIndex _directives;

    // proxies: Wrapped classes: canonical C++ name → C# proxy name.
    // enums: Wrapped enums: canonical C++ name → binding (its CsName qualified as C# code refers to it).
    // nativeClass: The module's class of entry points, whose helpers free returned memory.
    // valueClasses: wrapped value classes (not reference counted): canonical C++ name → C# proxy name.
    public TypeMapper(IReadOnlyDictionary<string, string> proxies, IReadOnlyDictionary<string, string> valueClasses,
        IReadOnlyDictionary<string, EnumBinding> enums, string nativeClass, DirectiveIndex directives)
    {
        _proxies = proxies;
        _valueClasses = valueClasses;
        _enums = enums;
        _nativeClass = nativeClass;
        _directives = directives;
    }

    /// <summary>The marshaller of a returned value; references to const come back as copies.</summary>
    public ValueMarshaller? MapReturn(CppType declared, out string reason)
    {
        var type = declared.StripTypedefs();
        var cppType = declared.CanonicalSpelling;
        reason = string.Empty;
        switch (type)
        {
            case CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Void }:
                return VoidMarshaller.Instance;
            case CppReferenceType reference:
                var referenced = Unqualify(reference.Referenced, out var isConst);
                if (!isConst || reference.IsRValue)
                {
                    reason = $"'{cppType}' is a {(reference.IsRValue ? "rvalue" : "modifiable")} reference; a C# copy could not change the C++ value (use the Set/Get pair)";
                    return null;
                }
                return MapValue(referenced, cppType, out reason);
            case CppPointerType pointer:
                return MapPointer(pointer, cppType, out reason);
            default:
                return MapValue(Unqualify(type, out _), cppType, out reason);
        }
    }

    /// <summary>
    /// The crossing of one parameter: by value or const reference, written back through a non-const reference,
    /// or an array a raw pointer points to, as an <c>%apply</c> rule says.
    /// </summary>
    // cppName: The parameter's C++ name, which %apply targets may name.
    // name: Its C# name.
    // scope: The C++ scope constant expressions of %apply lengths are evaluated in.
    public ParameterCrossing? MapParameter(CppType declared, string cppName, string name, string scope, out ValueMarshaller? marshaller, out string reason) =>
        CppSafe(Crossing(declared, cppName, name, scope, out marshaller, out reason));

    /// <summary>A C# keyword parameter is <c>@name</c> in C#; the shim spells it without the '@' (C++ has no such escape).</summary>
    private static ParameterCrossing? CppSafe(ParameterCrossing? crossing)
    {
        if (crossing is null || !crossing.CsDeclaration.Contains('@', StringComparison.Ordinal))
        {
            return crossing;
        }
        static List<string> Strip(IEnumerable<string> lines) => lines.Select(l => l.Replace("@", string.Empty, StringComparison.Ordinal)).ToList();
        return crossing with
        {
            CppParameters = Strip(crossing.CppParameters),
            CppBefore = Strip(crossing.CppBefore),
            CppArgument = crossing.CppArgument.Replace("@", string.Empty, StringComparison.Ordinal),
            CppAfter = Strip(crossing.CppAfter),
        };
    }

    private ParameterCrossing? Crossing(CppType declared, string cppName, string name, string scope, out ValueMarshaller? marshaller, out string reason)
    {
        marshaller = null;
        var type = declared.StripTypedefs();
        var cppType = declared.CanonicalSpelling;
        var rule = _directives.ApplyRule(declared, cppName);
        switch (type)
        {
            case CppReferenceType reference:
            {
                var referenced = Unqualify(reference.Referenced, out var isConst);
                if (reference.IsRValue)
                {
                    reason = $"'{cppType}' is an rvalue reference; C# has no way to give up a value";
                    return null;
                }
                if (referenced is CppNamedType { IsEnum: false } named && _proxies.ContainsKey(named.CanonicalSpelling))
                {
                    reason = $"'{cppType}' passes a wrapped object by reference; only pointers and SmartPointers of wrapped classes are mapped";
                    return null;
                }
                marshaller = MapValue(referenced, cppType, out reason);
                if (marshaller is null)
                {
                    return null;
                }
                if (isConst)
                {
                    return In(marshaller, name, cppType, out reason);
                }
                var crossing = marshaller.ByReference(name, outOnly: rule?.Mode == ApplyMode.OutReference);
                if (crossing is null)
                {
                    reason = $"'{cppType}' is a non-const reference to a {marshaller.Kind} value, which cannot be written back";
                }
                return crossing;
            }
            case CppPointerType pointer when rule is { Mode: ApplyMode.Input or ApplyMode.Output }:
                marshaller = MapSpan(pointer.Pointee, rule, cppType, scope, out reason);
                return marshaller is null ? null : In(marshaller, name, cppType, out reason);
            case CppPointerType pointer:
                marshaller = MapPointer(pointer, cppType, out reason);
                return marshaller is null ? null : In(marshaller, name, cppType, out reason);
            case CppArrayType array when rule is { Mode: ApplyMode.Input or ApplyMode.Output }:
                marshaller = MapSpan(array.ElementType, rule, cppType, scope, out reason);
                return marshaller is null ? null : In(marshaller, name, cppType, out reason);
            case CppArrayType array:
                marshaller = MapArray(array, cppType, out reason);
                return marshaller is null ? null : In(marshaller, name, cppType, out reason);
            default:
                marshaller = MapValue(Unqualify(type, out _), cppType, out reason);
                return marshaller is null ? null : In(marshaller, name, cppType, out reason);
        }
    }

    private static ParameterCrossing? In(ValueMarshaller marshaller, string name, string cppType, out string reason)
    {
        var crossing = marshaller.In(name);
        reason = crossing is null ? $"'{cppType}' is mapped only as a result ({marshaller.Kind})" : string.Empty;
        return crossing;
    }

    private ValueMarshaller? MapValue(CppType type, string cppType, out string reason)
    {
        reason = string.Empty;
        switch (type)
        {
            case CppPrimitiveType primitive:
                return MapPrimitive(primitive, cppType, out reason);
            case CppNamedType { IsEnum: true } enumType:
                if (_enums.TryGetValue(enumType.CanonicalSpelling, out var binding))
                {
                    return new EnumMarshaller(binding.CsName, enumType.CanonicalSpelling, binding.UnderlyingCsType, binding.UnderlyingCppType);
                }
                reason = $"enum '{enumType.CanonicalSpelling}' is not wrapped (%include the header that declares it)";
                return null;
            case CppNamedType named:
                return MapNamed(named, cppType, out reason);
            default:
                reason = $"'{cppType}' has no C# mapping";
                return null;
        }
    }

    private ValueMarshaller? MapNamed(CppNamedType named, string cppType, out string reason)
    {
        reason = string.Empty;
        if (_valueClasses.TryGetValue(named.CanonicalSpelling, out var valueProxy))
        {
            return new ValueObjectMarshaller(valueProxy, named.CanonicalSpelling);
        }
        var arguments = named.TemplateArguments;
        int NumberAt(int index) => index < arguments.Count && int.TryParse(arguments[index].Value, out var n) ? n : -1;
        ArrayElement? ElementAt(int index) =>
            index < arguments.Count && arguments[index].Type?.StripTypedefs() is CppPrimitiveType element ? Element(element.PrimitiveKind) : null;
        switch (named.FullName)
        {
            case "std::basic_string" or "std::__cxx11::basic_string"
                when arguments.Count > 0 && arguments[0].Type is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char }:
                return new StringMarshaller(_nativeClass);
            case "std::vector" when ElementAt(0) is { CppType: not "bool" } vectorElement:
                return new PrimitiveVectorMarshaller(vectorElement, _nativeClass);
            case "std::vector" when arguments.Count > 0 && ListOf(arguments[0].Type) is { } list:
                return list;
            case "std::vector" when arguments.Count > 0 && arguments[0].Type?.StripTypedefs() is CppNamedType itemType
                                    && MapNamed(itemType, itemType.CanonicalSpelling, out _) is FixedArrayMarshaller items:
                return new ArrayVectorMarshaller(itemType.CanonicalSpelling, items.Element, items.Length, _nativeClass);
            case "std::basic_ostream" when arguments.Count > 0 && arguments[0].Type is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char }:
                return new StreamMarshaller(_nativeClass);
            case "itk::Indent":
                return new IndentMarshaller();
            case "itk::SmartPointer" when arguments.Count == 1 && NodeContainer(arguments[0].Type) is { } smartNodes:
                return smartNodes;
            case "itk::SmartPointer" when arguments.Count == 1 && arguments[0].Type is { } pointee:
                var target = Unqualify(pointee.StripTypedefs(), out _);
                if (_proxies.TryGetValue(target.CanonicalSpelling, out var proxy))
                {
                    return new ObjectMarshaller(proxy, target.CanonicalSpelling, isSmartPointer: true, _nativeClass);
                }
                reason = $"class '{target.CanonicalSpelling}' is not wrapped (add a %template or %include for it)";
                return null;
            case "itk::Size" when NumberAt(0) > 0:
                return new FixedArrayMarshaller(named.CanonicalSpelling, Element(CppPrimitiveKind.UnsignedLong)!, NumberAt(0));
            case "itk::Index" or "itk::Offset" when NumberAt(0) > 0:
                return new FixedArrayMarshaller(named.CanonicalSpelling, Element(CppPrimitiveKind.Long)!, NumberAt(0));
            case "itk::FixedArray" or "itk::Vector" or "itk::Point" or "itk::CovariantVector" or "itk::ContinuousIndex" or "vnl_vector_fixed"
                when NumberAt(1) > 0 && ElementAt(0) is { } element:
                return new FixedArrayMarshaller(named.CanonicalSpelling, element, NumberAt(1));
            case "itk::Array" or "itk::OptimizerParameters" or "itk::VariableLengthVector" when ElementAt(0) is { CppType: not "bool" } arrayElement:
                return new VariableArrayMarshaller(named.CanonicalSpelling, arrayElement, _nativeClass);
            case "itk::ImageRegion" when NumberAt(0) > 0:
                return new RegionMarshaller(named.CanonicalSpelling, NumberAt(0));
            case "itk::Matrix" or "vnl_matrix_fixed" when NumberAt(1) > 0 && NumberAt(2) > 0 && ElementAt(0) is { CppType: not "bool" } matrixElement:
                return new MatrixMarshaller(named.CanonicalSpelling, matrixElement, NumberAt(1), NumberAt(2));
        }
        reason = _proxies.ContainsKey(named.CanonicalSpelling)
            ? $"'{cppType}' passes a wrapped object by value; only pointers and SmartPointers of wrapped classes are mapped"
            : $"'{cppType}' has no C# mapping";
        return null;
    }

    private ValueMarshaller? MapPointer(CppPointerType pointer, string cppType, out string reason)
    {
        reason = string.Empty;
        var pointee = Unqualify(pointer.Pointee.StripTypedefs(), out _);
        if (pointee is CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char })
        {
            return new StringMarshaller(_nativeClass);
        }
        if (pointee is CppNamedType { IsEnum: false } && _proxies.TryGetValue(pointee.CanonicalSpelling, out var proxy))
        {
            return new ObjectMarshaller(proxy, pointee.CanonicalSpelling, isSmartPointer: false, _nativeClass);
        }
        if (NodeContainer(pointee) is { } nodes)
        {
            return nodes;
        }
        if (pointee is CppFunctionType function)
        {
            return MapFunctionPointer(function, cppType, out reason);
        }
        if (Decorated(pointee, out reason) is { } decorated)
        {
            return decorated;
        }
        if (reason.Length > 0)
        {
            return null;
        }
        reason = pointee is CppNamedType
            ? $"class '{pointee.CanonicalSpelling}' is not wrapped (add a %template or %include for it)"
            : $"raw pointer '{cppType}' has no meaning the generator can guess; {ApplyHint}";
        return null;
    }

    /// <summary>A function pointer whose return and parameters are arithmetic values or const references to them.</summary>
    private static FunctionPointerMarshaller? MapFunctionPointer(CppFunctionType function, string cppType, out string reason)
    {
        reason = string.Empty;
        static string? Value(CppType type, bool allowReference)
        {
            var stripped = type.StripTypedefs();
            if (allowReference && stripped is CppReferenceType { IsRValue: false } reference)
            {
                var referenced = Unqualify(reference.Referenced.StripTypedefs(), out var isConst);
                return isConst && referenced is CppPrimitiveType p && PrimitiveCsType(p.PrimitiveKind) is { } pointee ? pointee + "*" : null;
            }
            return Unqualify(stripped, out _) is CppPrimitiveType primitive
                ? primitive.PrimitiveKind == CppPrimitiveKind.Void ? "void" : PrimitiveCsType(primitive.PrimitiveKind)
                : null;
        }
        var parameters = function.ParameterTypes.Select(t => Value(t, allowReference: true)).ToList();
        var returned = Value(function.ReturnType, allowReference: false);
        if (function.IsVariadic || returned is null || parameters.Any(p => p is null or "void"))
        {
            reason = $"function pointer '{cppType}' is mapped only with arithmetic parameters and result";
            return null;
        }
        return new FunctionPointerMarshaller($"delegate* unmanaged<{string.Join(", ", parameters.Append(returned))}>", cppType);
    }

    /// <summary>A <c>VectorContainer</c> of <c>LevelSetNode</c>s of an arithmetic value type.</summary>
    private NodeContainerMarshaller? NodeContainer(CppType? type)
    {
        if (type is null || Unqualify(type.StripTypedefs(), out _) is not CppNamedType { FullName: "itk::VectorContainer" } container
            || container.TemplateArguments is not [_, { Type: var element }]
            || element?.StripTypedefs() is not CppNamedType { FullName: "itk::LevelSetNode" } node
            || node.TemplateArguments is not [{ Type: CppPrimitiveType value }, { Value: var dimensionText }]
            || PrimitiveCsType(value.PrimitiveKind) is null || !int.TryParse(dimensionText, out var dimension))
        {
            return null;
        }
        return new NodeContainerMarshaller(container.CanonicalSpelling, dimension, _nativeClass);
    }

    /// <summary>The elements of a returned <c>std::vector</c> of strings or of (Smart)pointers to a wrapped class.</summary>
    private ListMarshaller? ListOf(CppType? element)
    {
        switch (element?.StripTypedefs())
        {
            case CppNamedType { FullName: "std::basic_string" or "std::__cxx11::basic_string" } text
                when text.TemplateArguments is [{ Type: CppPrimitiveType { PrimitiveKind: CppPrimitiveKind.Char } }, ..]:
                return ListMarshaller.OfStrings(_nativeClass);
            case CppNamedType { FullName: "itk::SmartPointer" } smart when smart.TemplateArguments is [{ Type: { } target }]
                && _proxies.TryGetValue(Unqualify(target.StripTypedefs(), out _).CanonicalSpelling, out var proxy):
                return ListMarshaller.OfObjects(proxy, isSmartPointer: true, _nativeClass);
            case CppPointerType pointer when _proxies.TryGetValue(Unqualify(pointer.Pointee.StripTypedefs(), out _).CanonicalSpelling, out var proxy):
                return ListMarshaller.OfObjects(proxy, isSmartPointer: false, _nativeClass);
            default:
                return null;
        }
    }

    /// <summary>
    /// A <c>SimpleDataObjectDecorator&lt;T&gt;</c> whose T has a marshaller of its own, or a <c>DataObjectDecorator&lt;T&gt;</c>
    /// of a wrapped class.
    /// </summary>
    private DecoratorMarshaller? Decorated(CppType pointee, out string reason)
    {
        reason = string.Empty;
        if (pointee is not CppNamedType { FullName: "itk::SimpleDataObjectDecorator" or "itk::DataObjectDecorator" } named
            || named.TemplateArguments.Count != 1 || named.TemplateArguments[0].Type is not { } decoratedType)
        {
            return null;
        }
        if (named.FullName == "itk::DataObjectDecorator")
        {
            var target = Unqualify(decoratedType.StripTypedefs(), out _).CanonicalSpelling;
            if (_proxies.TryGetValue(target, out var proxy))
            {
                return new DecoratorMarshaller(new ObjectMarshaller(proxy, target, isSmartPointer: false, _nativeClass), named.CanonicalSpelling);
            }
            reason = $"'{named.CanonicalSpelling}' decorates class '{target}', which is not wrapped (add a %template or %include for it)";
            return null;
        }
        var inner = MapValue(Unqualify(decoratedType.StripTypedefs(), out _), decoratedType.CanonicalSpelling, out var innerReason);
        if (inner is null)
        {
            reason = $"'{named.CanonicalSpelling}' decorates a value that {innerReason}";
            return null;
        }
        return new DecoratorMarshaller(inner, named.CanonicalSpelling);
    }

    private static SpanMarshaller? MapSpan(CppType pointed, ApplyDirective rule, string cppType, string scope, out string reason)
    {
        reason = string.Empty;
        var pointee = Unqualify(pointed.StripTypedefs(), out var isConst);
        if (pointee is not CppPrimitiveType primitive || Element(primitive.PrimitiveKind) is not { CppType: not "bool" } element)
        {
            reason = $"%apply at {rule.Location} makes '{cppType}' an array, but only pointers to arithmetic types can be";
            return null;
        }
        var writable = rule.Mode == ApplyMode.Output;
        if (writable && isConst)
        {
            reason = $"%apply at {rule.Location} makes '{cppType}' an OUTPUT array, but it points to const values; use INPUT";
            return null;
        }
        return new SpanMarshaller(element, rule.Length!, scope, writable, pointsToConst: isConst);
    }

    private static CArrayMarshaller? MapArray(CppArrayType array, string cppType, out string reason)
    {
        reason = string.Empty;
        var element = Unqualify(array.ElementType.StripTypedefs(), out var isConst);
        if (array.Size is not { } size || size <= 0 || !isConst || element is not CppPrimitiveType primitive
            || Element(primitive.PrimitiveKind) is not { CppType: not "bool" } arrayElement)
        {
            reason = array.Size is null
                ? $"'{cppType}' has no length the generator can know; {ApplyHint}"
                : $"C array '{cppType}' is mapped only with const elements of an arithmetic type";
            return null;
        }
        return new CArrayMarshaller(arrayElement, checked((int)size));
    }

    private static ValueMarshaller? MapPrimitive(CppPrimitiveType primitive, string cppType, out string reason)
    {
        reason = string.Empty;
        if (primitive.PrimitiveKind == CppPrimitiveKind.Bool)
        {
            return new BoolMarshaller();
        }
        if (PrimitiveCsType(primitive.PrimitiveKind) is { } cs)
        {
            return new PrimitiveMarshaller(cs, primitive.CanonicalSpelling);
        }
        reason = primitive.PrimitiveKind == CppPrimitiveKind.Void ? "'void' is not a value" : $"'{cppType}' has no C# mapping";
        return null;
    }

    private static ArrayElement? Element(CppPrimitiveKind kind) =>
        kind == CppPrimitiveKind.Bool ? ArrayElement.Of("bool", "bool")
        : PrimitiveCsType(kind) is { } cs ? ArrayElement.Of(cs, CppSpelling.Of(kind)) : null;

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

    private static string? PrimitiveCsType(CppPrimitiveKind kind) => CsPrimitives.Of(kind);
}
