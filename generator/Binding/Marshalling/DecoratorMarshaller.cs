namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// ITK's <c>SimpleDataObjectDecorator&lt;T&gt;</c> inputs and outputs (<c>SetLowerThresholdInput</c>,
/// <c>GetMeanOutput</c>) as the plain value, and <c>DataObjectDecorator&lt;T&gt;</c> of a wrapped class
/// (<c>SetTransformInput</c>) as its proxy: in, the shim wraps the value in a new decorator the filter keeps;
/// out, it reads the decorator's value. The value itself crosses as its own kind's marshaller says.
/// </summary>
// inner: the marshaller of the decorated type T; decorator: the decorator's canonical C++ name.
public sealed class DecoratorMarshaller(ValueMarshaller inner, string decorator) : ValueMarshaller
{
    public override string CsType => inner.CsType;

    public override MarshallerUses Uses => inner.Uses & (MarshallerUses.In | MarshallerUses.Return);

    public override ParameterCrossing In(ParameterName name, NameScope names)
    {
        var value = inner.In(name, names);
        var wrapped = names.Cpp(name.Cpp + "_decorator");
        return value with
        {
            CppBefore = [.. value.CppBefore, $"auto {wrapped} = {decorator}::New();", $"{wrapped}->Set({value.CppArgument});"],
            CppArgument = $"{wrapped}.GetPointer()",
        };
    }

    /// <summary>The value of the returned decorator; a filter without that output yet reports an error instead of a null.</summary>
    public override ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) => inner.Return($"ibg::decorated({call})", cppAfter, names);
}
