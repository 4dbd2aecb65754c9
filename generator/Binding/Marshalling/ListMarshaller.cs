namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A returned <c>std::vector</c> of strings or of wrapped objects (<c>GetInputNames()</c>, <c>GetInputs()</c>) as a
/// C# array: the shim hands over a buffer of addresses (copied strings, or objects with one reference each), and
/// the wrapper takes each one and frees the buffer. Only results: a list C# passes in has no use in ITK's API here.
/// </summary>
public sealed class ListMarshaller : ValueMarshaller
{
    private readonly string _csElement;
    private readonly string _cppHandOver;
    private readonly string _csTake;
    private readonly string _nativeClass;

    // csElement: the C# element type; cppHandOver and csTake: how one element is handed over and taken, {0} the element.
    private ListMarshaller(string csElement, string cppHandOver, string csTake, string nativeClass)
    {
        _csElement = csElement;
        _cppHandOver = cppHandOver;
        _csTake = csTake;
        _nativeClass = nativeClass;
    }

    public static ListMarshaller OfStrings(string nativeClass) =>
        new("string", "ibg::duplicate({0})", $"{nativeClass}.TakeString({{0}})", nativeClass);

    /// <param name="proxy">The proxy as this module's code names it.</param>
    /// <param name="isSmartPointer">Whether the elements are SmartPointers rather than raw pointers.</param>
    /// <param name="nativeClass">The module's class of entry points.</param>
    public static ListMarshaller OfObjects(string proxy, bool isSmartPointer, string nativeClass) =>
        new(proxy + "?", isSmartPointer ? "ibg::share({0}.GetPointer())" : "ibg::share({0})",
            $"{{0}} == 0 ? null : new {proxy}(new NativeObjectHandle({{0}}, {nativeClass}.UnregisterFunction))", nativeClass);

    public override string CsType => _csElement + "[]";

    public override ParameterCrossing? In(string name) => null;

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = CsType,
        CsInteropReturnType = "void",
        CsLocals = ["nint* resultData = null;", "nuint resultCount = 0;"],
        CsArguments = ["&resultData", "&resultCount"],
        CsInteropParameters = ["nint** resultData", "nuint* resultCount"],
        CsReturn =
        [
            $"var addresses = {_nativeClass}.TakeArray(resultData, resultCount);",
            $"var result = new {_csElement}[addresses.Length];",
            "for (var i = 0; i < result.Length; i++)",
            "{",
            $"    result[i] = {string.Format(System.Globalization.CultureInfo.InvariantCulture, _csTake, "addresses[i]")};",
            "}",
            "return result;",
        ],
        CppReturnType = "void",
        CppParameters = ["void *** result_data", "std::size_t * result_count"],
        CppStatements = HandOver(call, cppAfter, usesValueTwice: true, value =>
        [
            $"*result_count = {value}.size();",
            $"*result_data = ibg::allocate<void *>({value}.size());",
            $"for (std::size_t i = 0; i < {value}.size(); ++i)",
            "{",
            $"  (*result_data)[i] = {string.Format(System.Globalization.CultureInfo.InvariantCulture, _cppHandOver, $"{value}[i]")};",
            "}",
        ]),
    };
}
