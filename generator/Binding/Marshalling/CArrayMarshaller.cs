namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A C array parameter of known length, <c>const T[N]</c>: a C# array of N elements whose pinned storage the
/// callee reads directly (the array decays to a pointer, as in C++).
/// </summary>
public sealed class CArrayMarshaller(ArrayElement element, int length) : ValueMarshaller
{
    public override string CsType => element.CsType + "[]";

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{CsType} {name}",
        CsType = CsType,
        CsChecks =
        [
            $"ArgumentNullException.ThrowIfNull({name});",
            $"if ({name}.Length != {length})",
            "{",
            $"    throw new ArgumentException(\"Expected {length} values.\", nameof({name}));",
            "}",
        ],
        CsPins = [$"fixed ({element.CsType}* {name}Pointer = {name})"],
        CsArguments = [$"{name}Pointer"],
        CsInteropParameters = [$"{element.CsType}* {name}"],
        CppParameters = [$"const {element.CppShimType} * {name}"],
        CppArgument = name,
    };

    /// <summary>C++ cannot return an array.</summary>
    public override ReturnCrossing? Return(string call, IReadOnlyList<string> cppAfter) => null;
}
