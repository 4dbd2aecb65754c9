namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// A wrapped value class (not reference counted: <c>FlatStructuringElement&lt;D&gt;</c>, kernels, functions), passed by
/// value or const reference: in as the proxy's handle (the callee gets the object itself, and copies it if it keeps
/// it); out as a heap copy a new proxy owns and deletes with the class's release function.
/// </summary>
// proxy: the proxy as this module's code names it; cppClass: the class's canonical C++ name.
public sealed class ValueObjectMarshaller(string proxy, string cppClass) : ValueMarshaller
{
    public override string CsType => proxy;

    public override ParameterCrossing In(string name) => new()
    {
        CsDeclaration = $"{proxy} {name}",
        CsType = proxy,
        CsChecks = [$"ArgumentNullException.ThrowIfNull({name});"],
        CsArguments = [$"{name}.Handle"],
        CsInteropParameters = [$"NativeObjectHandle {name}"],
        CppParameters = [$"void * {name}"],
        CppArgument = $"*ibg::value_of<{cppClass}>({name})",
    };

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = proxy,
        CsInteropReturnType = "nint",
        CsLocals = ["nint result;"],
        CsAssign = "result = ",
        CsReturn = [$"return new {proxy}(new NativeObjectHandle(result, {proxy}.ReleaseFunction));"],
        CppReturnType = "void *",
        CppStatements = HandOver(call, cppAfter, usesValueTwice: false, value => [$"return new {cppClass}({value});"]),
        CppFallback = "return {};",
    };
}
