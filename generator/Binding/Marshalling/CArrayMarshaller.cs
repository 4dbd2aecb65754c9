namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A C array parameter of known length, <c>const T[N]</c>: a C# array of N elements whose pinned storage the
/// callee reads directly (the array decays to a pointer, as in C++). C++ cannot return an array.
/// </summary>
public sealed class CArrayMarshaller(ArrayElement element, int length) : ValueMarshaller
{
    public override string CsType => element.CsType + "[]";

    public override MarshallerUses Uses => MarshallerUses.In;

    public override ParameterCrossing In(ParameterName name, NameScope names)
    {
        var pointer = names.Cs(name.Cs + "Pointer");
        return new()
        {
            CsDeclaration = $"{CsType} {name.Cs}",
            CsType = CsType,
            CsChecks = [ArgumentChecks.NotNull(name.Cs), .. ArgumentChecks.Length(name.Cs, length)],
            CsPins = [$"fixed ({element.CsType}* {pointer} = {name.Cs})"],
            CsArguments = [pointer],
            CsInteropParameters = [$"{element.CsType}* {name.Cs}"],
            CppParameters = [$"const {element.CppShimType} * {name.Cpp}"],
            CppArgument = name.Cpp,
        };
    }
}
