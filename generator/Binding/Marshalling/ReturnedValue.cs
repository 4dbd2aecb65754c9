namespace ItkBindGen.Binding.Marshalling;

/// <summary>The shim's hand-over of a returned value, shared by every kind.</summary>
public static class ReturnedValue
{
    /// <summary>
    /// The call itself when nothing runs after it and the value is used once; otherwise the value is kept in a local
    /// first, <paramref name="cppAfter"/> runs, and <paramref name="statements"/> read the local.
    /// </summary>
    public static IReadOnlyList<string> HandOver(string call, IReadOnlyList<string> cppAfter, bool usesValueTwice, NameScope names,
        Func<string, IEnumerable<string>> statements)
    {
        if (cppAfter.Count == 0 && !usesValueTwice)
        {
            return statements(call).ToList();
        }
        var returned = names.Cpp("returned");
        return [$"decltype(auto) {returned} = {call};", .. cppAfter, .. statements(returned)];
    }

    /// <summary>
    /// A result that crosses as one address the wrapper takes over (a copied string, an object with one reference, a
    /// new handle): the kind gives the C# statement taking it and the C++ statement handing it over.
    /// </summary>
    /// <param name="csType">The C# type returned.</param>
    /// <param name="cppReturnType">The shim's pointer type.</param>
    /// <param name="call">The C++ call.</param>
    /// <param name="cppAfter">Shim statements between the call and the hand-over.</param>
    /// <param name="names">The wrapper's names.</param>
    /// <param name="take">From the C# local holding the address: the statement returning the C# value.</param>
    /// <param name="give">From the C++ value: the statement returning the address.</param>
    public static ReturnCrossing Address(string csType, string cppReturnType, string call, IReadOnlyList<string> cppAfter, NameScope names,
        Func<string, string> take, Func<string, string> give)
    {
        var result = names.Cs("result");
        return new()
        {
            CsType = csType,
            CsInteropReturnType = "nint",
            CsLocals = [$"nint {result};"],
            CsAssign = $"{result} = ",
            CsReturn = [take(result)],
            CppReturnType = cppReturnType,
            CppStatements = HandOver(call, cppAfter, usesValueTwice: false, names, value => [give(value)]),
            CppFallback = "return {};",
        };
    }
}
