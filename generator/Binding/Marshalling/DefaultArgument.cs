namespace ItkBindGen.Binding.Marshalling;

/// <summary>What a C++ default argument becomes in C#: nothing, a C# constant, or nothing C# can say (an overload then).</summary>
public abstract record DefaultArgument
{
    private DefaultArgument()
    {
    }

    /// <summary>The parameter has no default.</summary>
    public static readonly DefaultArgument None = new NoDefault();

    /// <summary>C++ has a default C# cannot express: the binding emits an overload without the parameter.</summary>
    public static readonly DefaultArgument NotRepresentable = new Unrepresentable();

    public static DefaultArgument Constant(string csText) => new CsConstant(csText);

    /// <summary>The C# text of a representable default, else null.</summary>
    public virtual string? CsText => null;

    private sealed record NoDefault : DefaultArgument;

    private sealed record Unrepresentable : DefaultArgument;

    private sealed record CsConstant(string Text) : DefaultArgument
    {
        public override string CsText => Text;
    }
}
