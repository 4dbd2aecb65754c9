namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A C function pointer of arithmetic values (<c>SetFunctor(float (*)(float, float))</c>) as a C# unmanaged function
/// pointer: the caller passes an <c>[UnmanagedCallersOnly]</c> method, which ITK then calls on its worker threads
/// without the binding lock (the method must not call wrapped members). <c>const T &amp;</c> parameters are <c>T*</c>.
/// </summary>
// csType: e.g. delegate* unmanaged<float, float, float>; cppType: the pointer type as C++ spells it.
public sealed class FunctionPointerMarshaller(string csType, string cppType) : ValueMarshaller
{
    public override string CsType => csType;

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{csType} {name}",
        CsType = csType,
        CsChecks =
        [
            $"if ({name} == null)",
            "{",
            $"    throw new ArgumentNullException(nameof({name}));",
            "}",
        ],
        CsArguments = [name],
        CsInteropParameters = [$"{csType} {name}"],
        CppParameters = [$"void * {name}"],
        CppArgument = $"reinterpret_cast<{cppType}>({name})",
    };

    /// <summary>A function pointer from C++ could point anywhere: not returned.</summary>
    public override ReturnCrossing? Return(string call, IReadOnlyList<string> cppAfter) => null;
}
