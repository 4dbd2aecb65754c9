namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A raw pointer the interface file declared an array (<c>%apply double INPUT[ImageDimension] { const double * }</c>),
/// and the runtime's own size buffers: a C# span, pinned, passed with its length. The length is checked in C#
/// when it is a number, otherwise by the shim, where the C++ expression is evaluated in the class's scope.
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

    private bool LengthIsNumber => int.TryParse(length, out _);

    private string CppLength => LengthIsNumber || scope.Length == 0 ? length : $"{scope}::{length}";

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{(isParams ? "params " : string.Empty)}{CsType} {name}",
        CsType = CsType,
        CsChecks = LengthIsNumber
            ?
            [
                $"if ({name}.Length != {length})",
                "{",
                $"    throw new ArgumentException(\"Expected {length} values.\", nameof({name}));",
                "}",
            ]
            : [],
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name})"],
        CsArguments = LengthIsNumber ? [$"{name}Pointer"] : [$"{name}Pointer", $"(nuint){name}.Length"],
        CsInteropParameters = LengthIsNumber ? [$"{element.CsType}* {name}"] : [$"{element.CsType}* {name}", $"nuint {name}Length"],
        CppParameters = LengthIsNumber
            ? [$"{(writable ? string.Empty : "const ")}{element.CppShimType} * {name}"]
            : [$"{(writable ? string.Empty : "const ")}{element.CppShimType} * {name}", $"std::size_t {name}_length"],
        CppBefore = LengthIsNumber ? [] : [$"ibg::check_length({name}_length, {CppLength}, \"{name}\");"],
        CppArgument = writable || pointsToConst ? name : $"const_cast<{element.CppShimType} *>({name})",
    };

    /// <summary>A span cannot outlive the call: it is never returned.</summary>
    public override ReturnCrossing? Return(string call, IReadOnlyList<string> cppAfter) => null;
}
