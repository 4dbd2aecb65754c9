namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A raw pointer the interface file declared an array (<c>%apply double INPUT[ImageDimension] { const double * }</c>),
/// and the runtime's own size buffers: a C# span, pinned, passed with its length. The length is checked in C#
/// when it is a number, otherwise by the shim, where the C++ expression is evaluated in the class's scope. A span
/// cannot outlive the call: it is never returned.
/// </summary>
// element: The element type.
// length: A C++ constant expression: <c>2</c>, <c>ImageDimension</c>.
// scope: The C++ scope the length is evaluated in (the class alias), or empty.
// writable: OUTPUT: the callee writes the values (<c>Span</c>); otherwise it reads them (<c>ReadOnlySpan</c>).
// isParams: The C# parameter takes a <c>params</c> list (only for a last parameter).
// pointsToConst: whether the C++ parameter points to const values (an INPUT array of a non-const pointer is passed cast).
public sealed class SpanMarshaller(ArrayElement element, string length, string scope, bool writable, bool isParams = false, bool pointsToConst = true) : ValueMarshaller
{
    public override string CsType => $"{(writable ? "Span" : "ReadOnlySpan")}<{element.CsType}>";

    public override MarshallerUses Uses => MarshallerUses.In;

    private bool LengthIsNumber => int.TryParse(length, out _);

    private string CppLength => LengthIsNumber || scope.Length == 0 ? length : $"{scope}::{length}";

    public override ParameterCrossing In(ParameterName name, NameScope names)
    {
        var pointer = names.Cs(name.Cs + "Pointer");
        var csLength = LengthIsNumber ? null : names.Cs(name.Cs + "Length");
        var cppLength = LengthIsNumber ? null : names.Cpp(name.Cpp + "_length");
        var constant = writable ? string.Empty : "const ";
        return new()
        {
            CsDeclaration = $"{(isParams ? "params " : string.Empty)}{CsType} {name.Cs}",
            CsType = CsType,
            CsChecks = LengthIsNumber ? ArgumentChecks.Length(name.Cs, int.Parse(length, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [],
            CsPins = [$"fixed ({element.CsType}* {pointer} = {name.Cs})"],
            CsArguments = LengthIsNumber ? [pointer] : [pointer, $"(nuint){name.Cs}.Length"],
            CsInteropParameters = LengthIsNumber ? [$"{element.CsType}* {name.Cs}"] : [$"{element.CsType}* {name.Cs}", $"nuint {csLength}"],
            CppParameters = LengthIsNumber
                ? [$"{constant}{element.CppShimType} * {name.Cpp}"]
                : [$"{constant}{element.CppShimType} * {name.Cpp}", $"std::size_t {cppLength}"],
            CppBefore = LengthIsNumber ? [] : [$"ibg::check_length({cppLength}, {CppLength}, \"{name.Cpp}\");"],
            CppArgument = writable || pointsToConst ? name.Cpp : $"const_cast<{element.CppShimType} *>({name.Cpp})",
        };
    }
}
