namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A C function pointer of arithmetic values (<c>SetFunctor(float (*)(float, float))</c>) as a C# unmanaged function
/// pointer: the caller passes an <c>[UnmanagedCallersOnly]</c> method, which ITK then calls on its worker threads
/// without the binding lock (the method must not call wrapped members). <c>const T &amp;</c> parameters are <c>T*</c>.
/// A function pointer from C++ could point anywhere: it is never returned.
/// </summary>
// csType: e.g. delegate* unmanaged<float, float, float>; cppType: the pointer type as C++ spells it.
public sealed class FunctionPointerMarshaller(string csType, string cppType) : ValueMarshaller
{
    public override string CsType => csType;

    public override MarshallerUses Uses => MarshallerUses.In;

    public override ParameterCrossing In(ParameterName name, NameScope names) => new()
    {
        CsDeclaration = $"{csType} {name.Cs}",
        CsType = csType,
        CsChecks =
        [
            $"if ({name.Cs} == null)",
            "{",
            $"    throw new ArgumentNullException(nameof({name.Cs}));",
            "}",
        ],
        CsArguments = [name.Cs],
        CsInteropParameters = [$"{csType} {name.Cs}"],
        CppParameters = [$"void * {name.Cpp}"],
        CppArgument = $"reinterpret_cast<{cppType}>({name.Cpp})",
    };
}
