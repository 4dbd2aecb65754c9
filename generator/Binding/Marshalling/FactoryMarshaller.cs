namespace ItkBindGen.Binding.Marshalling;

/// <summary>What a class's <c>New()</c> returns to its proxy's constructor: the handle of the new object, never null.</summary>
public sealed class FactoryMarshaller(string nativeClass) : ValueMarshaller
{
    public override string CsType => "NativeObjectHandle";

    public override ParameterCrossing In(string name) => throw new InvalidOperationException("a factory result is not a parameter");

    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter) => new()
    {
        CsType = "NativeObjectHandle",
        CsInteropReturnType = "nint",
        CsLocals = ["nint result;"],
        CsAssign = "result = ",
        CsReturn = [$"return new NativeObjectHandle(result, {nativeClass}.UnregisterFunction);"],
        CppReturnType = "itk::LightObject *",
        CppStatements = HandOver(call, cppAfter, usesValueTwice: false, value => [$"return ibg::share({value}.GetPointer());"]),
        CppFallback = "return {};",
    };
}
