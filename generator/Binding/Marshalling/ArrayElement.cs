namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// One element type of the array-shaped kinds: its C# type, its type in shim buffers and its C++ type, with the
/// conversions between the last two (only <c>bool</c> needs any: it crosses as a byte).
/// </summary>
public sealed record ArrayElement(string CsType, string CppShimType, string CppType)
{
    public static ArrayElement Of(string csType, string cppType) =>
        csType == "bool" ? new ArrayElement("bool", "std::uint8_t", "bool") : new ArrayElement(csType, cppType, cppType);

    public string ToCpp(string value) => CppType == "bool" ? $"{value} != 0" : value;

    public string ToShim(string value) => CppType == "bool" ? $"{value} ? 1 : 0" : value;

    /// <summary>A C++ loop of <paramref name="index"/> over <paramref name="count"/> elements, as shim lines.</summary>
    public static IEnumerable<string> Loop(string index, string count, params string[] statements) =>
        [$"for (unsigned int {index} = 0; {index} < {count}; ++{index})", "{", .. statements.Select(s => "  " + s), "}"];
}
