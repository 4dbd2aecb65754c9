namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A returned collection handed over in a buffer the shim allocates (<c>ibg::allocate</c>) and the wrapper takes and
/// frees: the buffer's and the count's names on both sides and the plumbing between them, written once for every kind.
/// </summary>
/// <param name="CsElement">The C# type of a buffer element.</param>
/// <param name="CppElement">The shim's type of a buffer element.</param>
/// <param name="CsData">The C# local (and import parameter) receiving the buffer's address.</param>
/// <param name="CsCount">The C# local (and import parameter) receiving the count.</param>
/// <param name="CppData">The shim's out parameter for the buffer.</param>
/// <param name="CppCount">The shim's out parameter for the count.</param>
public sealed record OutBuffer(string CsElement, string CppElement, string CsData, string CsCount, string CppData, string CppCount)
{
    /// <param name="csElement">The C# type of a buffer element.</param>
    /// <param name="cppElement">The shim's type of a buffer element.</param>
    /// <param name="countWord">What the count is called: <c>Length</c> (values) or <c>Count</c> (items).</param>
    /// <param name="names">The wrapper's names.</param>
    public static OutBuffer Of(string csElement, string cppElement, string countWord, NameScope names) =>
        new(csElement, cppElement, names.Cs("resultData"), names.Cs("result" + countWord),
            names.Cpp("result_data"), names.Cpp("result_" + countWord.ToLowerInvariant()));

    /// <summary>The crossing with the buffer plumbing; the kind gives the count, what fills the buffer and what takes it.</summary>
    /// <param name="csType">The C# type returned.</param>
    /// <param name="call">The C++ call.</param>
    /// <param name="cppAfter">Shim statements between the call and the hand-over.</param>
    /// <param name="names">The wrapper's names.</param>
    /// <param name="count">The count stored, from the C++ value.</param>
    /// <param name="allocated">The number of elements allocated, from the C++ value.</param>
    /// <param name="fill">The statements filling the buffer, from the C++ value.</param>
    /// <param name="csReturn">The C# statements taking the buffer and returning.</param>
    public ReturnCrossing Crossing(string csType, string call, IReadOnlyList<string> cppAfter, NameScope names, Func<string, string> count,
        Func<string, string> allocated, Func<string, IEnumerable<string>> fill, IReadOnlyList<string> csReturn) => new()
    {
        CsType = csType,
        CsInteropReturnType = "void",
        CsLocals = [$"{CsElement}* {CsData} = null;", $"nuint {CsCount} = 0;"],
        CsArguments = [$"&{CsData}", $"&{CsCount}"],
        CsInteropParameters = [$"{CsElement}** {CsData}", $"nuint* {CsCount}"],
        CsReturn = csReturn,
        CppReturnType = "void",
        CppParameters = [$"{PointerTo(PointerTo(CppElement))} {CppData}", $"std::size_t * {CppCount}"],
        CppStatements = ReturnedValue.HandOver(call, cppAfter, usesValueTwice: true, names, value =>
        [
            $"*{CppCount} = {count(value)};",
            $"*{CppData} = ibg::allocate<{CppElement}>({allocated(value)});",
            .. fill(value),
        ]),
    };

    // "double" → "double *", "void *" → "void **": the spelling C++ printers use, one space before the first '*'.
    private static string PointerTo(string cppType) => cppType.EndsWith('*') ? cppType + "*" : cppType + " *";
}
