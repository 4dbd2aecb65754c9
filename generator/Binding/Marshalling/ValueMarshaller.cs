namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// How the values of one kind of C++ type cross between C# and the shim: every decision (types on each side,
/// conversions, pinning, checks, out-parameters, freeing) made in one place. One subclass a kind, one file each.
/// Every name a crossing declares comes from the wrapper's <see cref="NameScope"/>.
/// </summary>
public abstract class ValueMarshaller
{
    /// <summary>The kind's name, as the model snapshot prints it.</summary>
    public virtual string Kind => GetType().Name.EndsWith("Marshaller", StringComparison.Ordinal) ? GetType().Name[..^"Marshaller".Length] : GetType().Name;

    /// <summary>The type users see in C#.</summary>
    public abstract string CsType { get; }

    /// <summary>Where this kind can stand in a signature; the other members are only called for those uses.</summary>
    public abstract MarshallerUses Uses { get; }

    /// <summary>A parameter taken by value, by const reference or by pointer to const.</summary>
    public virtual ParameterCrossing In(ParameterName name, NameScope names) => throw Unsupported("a parameter");

    /// <summary>A parameter the callee writes through a non-const reference: <c>ref</c> in C#, or <c>out</c> when <paramref name="outOnly"/>.</summary>
    public virtual ParameterCrossing ByReference(ParameterName name, bool outOnly, NameScope names) => throw Unsupported("written back");

    /// <summary>The value <paramref name="call"/> returns; <paramref name="cppAfter"/> runs between the call and the hand-over.</summary>
    public virtual ReturnCrossing Return(string call, IReadOnlyList<string> cppAfter, NameScope names) => throw Unsupported("a result");

    /// <summary>
    /// The value crossing from a director's C++ override into a C# override (a parameter) and back (a result); null
    /// when this kind cannot cross that way, so a virtual member using it is not overridable in C#.
    /// </summary>
    public virtual DirectorCrossing? Director => null;

    /// <summary>A C++ default argument as C# text, or <see cref="DefaultArgument.NotRepresentable"/>.</summary>
    public virtual DefaultArgument DefaultValue(string cppDefault) => DefaultArgument.NotRepresentable;

    /// <summary>The shim's hand-over of a returned value: see <see cref="ReturnedValue.HandOver"/>.</summary>
    protected static IReadOnlyList<string> HandOver(string call, IReadOnlyList<string> cppAfter, bool usesValueTwice, NameScope names,
        Func<string, IEnumerable<string>> statements) => ReturnedValue.HandOver(call, cppAfter, usesValueTwice, names, statements);

    private InvalidOperationException Unsupported(string use) => new($"{Kind} values cannot be {use}");

    public override string ToString() => $"{Kind} {CsType}";
}
