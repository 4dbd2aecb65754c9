namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// The two array shapes that cross as pinned C# memory, written once for every kind: a parameter passed as pointer and
/// length, and a result of fixed size the wrapper allocates and the shim fills.
/// </summary>
public static class PinnedArray
{
    /// <summary>
    /// A C# array parameter pinned and passed with its length; the kind gives what the shim builds from the pointer and
    /// its length (statements before the call, and the argument).
    /// </summary>
    /// <param name="name">The parameter.</param>
    /// <param name="csType">The C# parameter type.</param>
    /// <param name="element">The element crossing.</param>
    /// <param name="countWord">What the length is called in the names: <c>Length</c> (values) or <c>Count</c> (items).</param>
    /// <param name="names">The wrapper's names.</param>
    /// <param name="pinned">The C# array pinned: the parameter itself, or a local the kind fills first.</param>
    /// <param name="build">From the shim's length name: the statements before the call and the argument.</param>
    public static ParameterCrossing In(ParameterName name, string csType, ArrayElement element, string countWord, NameScope names,
        string? pinned, Func<string, (IReadOnlyList<string> Before, string Argument)> build)
    {
        var pointer = names.Cs(name.Cs + "Pointer");
        var csLength = names.Cs(name.Cs + countWord);
        var cppLength = names.Cpp(name.Cpp + "_" + countWord.ToLowerInvariant());
        var (before, argument) = build(cppLength);
        return new()
        {
            CsDeclaration = $"{csType} {name.Cs}",
            CsType = csType,
            CsChecks = [ArgumentChecks.NotNull(name.Cs)],
            CsPins = [$"fixed ({element.CsType}* {pointer} = {pinned ?? name.Cs})"],
            CsArguments = [pointer, $"(nuint){name.Cs}.Length"],
            CsInteropParameters = [$"{element.CsType}* {name.Cs}", $"nuint {csLength}"],
            CppParameters = [$"const {element.CppShimType} * {name.Cpp}", $"std::size_t {cppLength}"],
            CppBefore = before,
            CppArgument = argument,
        };
    }

    /// <summary>A C# array of fixed size pinned and passed by pointer; the shim copies it into a C++ value (<paramref name="copyIn"/>).</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="csType">The C# parameter type.</param>
    /// <param name="element">The element crossing.</param>
    /// <param name="checks">The C# checks of its size.</param>
    /// <param name="names">The wrapper's names.</param>
    /// <param name="copyIn">From the C++ value's name: the statements declaring and filling it.</param>
    public static ParameterCrossing FixedIn(ParameterName name, string csType, ArrayElement element, IEnumerable<string> checks, NameScope names,
        Func<string, IEnumerable<string>> copyIn)
    {
        var pointer = names.Cs(name.Cs + "Pointer");
        var value = names.Cpp(name.Cpp + "_value");
        return new()
        {
            CsDeclaration = $"{csType} {name.Cs}",
            CsType = csType,
            CsChecks = checks.ToList(),
            CsPins = [$"fixed ({element.CsType}* {pointer} = {name.Cs})"],
            CsArguments = [pointer],
            CsInteropParameters = [$"{element.CsType}* {name.Cs}"],
            CppParameters = [$"const {element.CppShimType} * {name.Cpp}"],
            CppBefore = copyIn(value).ToList(),
            CppArgument = value,
        };
    }

    /// <summary>A result of fixed size: the wrapper allocates it (<paramref name="csAllocation"/>) and pins it; the shim fills it.</summary>
    /// <param name="csType">The C# type returned.</param>
    /// <param name="element">The element crossing.</param>
    /// <param name="csAllocation">The C# expression allocating the result.</param>
    /// <param name="call">The C++ call.</param>
    /// <param name="cppAfter">Shim statements between the call and the hand-over.</param>
    /// <param name="names">The wrapper's names.</param>
    /// <param name="fill">From the shim's result parameter and the C++ value: the statements filling it.</param>
    public static ReturnCrossing Result(string csType, ArrayElement element, string csAllocation, string call, IReadOnlyList<string> cppAfter,
        NameScope names, Func<string, string, IEnumerable<string>> fill)
    {
        var result = names.Cs("result");
        var pointer = names.Cs(result + "Pointer");
        var cppResult = names.Cpp("result");
        return new()
        {
            CsType = csType,
            CsInteropReturnType = "void",
            CsLocals = [$"var {result} = {csAllocation};"],
            CsPins = [$"fixed ({element.CsType}* {pointer} = {result})"],
            CsArguments = [pointer],
            CsInteropParameters = [$"{element.CsType}* {result}"],
            CsReturn = [$"return {result};"],
            CppReturnType = "void",
            CppParameters = [$"{element.CppShimType} * {cppResult}"],
            CppStatements = ReturnedValue.HandOver(call, cppAfter, usesValueTwice: true, names, value => fill(cppResult, value)),
        };
    }
}
