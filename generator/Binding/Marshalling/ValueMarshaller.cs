namespace ItkBindGen.Binding.Marshalling;

/// <summary>
/// How the values of one kind of C++ type cross between C# and the shim: every decision (types on each side,
/// conversions, pinning, checks, out-parameters, freeing) made in one place. One subclass a kind, one file each.
/// </summary>
public abstract class ValueMarshaller
{
    /// <summary>The kind's name, as the model snapshot prints it.</summary>
    public string Kind => GetType().Name.EndsWith("Marshaller", StringComparison.Ordinal) ? GetType().Name[..^"Marshaller".Length] : GetType().Name;

    /// <summary>The type users see in C#.</summary>
    public abstract string CsType { get; }

    /// <summary>A parameter taken by value, by const reference or by pointer to const; null when the kind is only a result.</summary>
    public abstract ParameterCrossing? In(string name);

    /// <summary>
    /// A parameter the callee writes through a non-const reference: <c>ref</c> in C#, or <c>out</c> when
    /// <paramref name="outOnly"/>. Null when the kind cannot be written back.
    /// </summary>
    public virtual ParameterCrossing? ByReference(string name, bool outOnly) => null;

    /// <summary>The value <paramref name="call"/> returns; <paramref name="cppAfter"/> runs between the call and the hand-over. Null when it cannot be returned.</summary>
    public abstract ReturnCrossing? Return(string call, IReadOnlyList<string> cppAfter);

    /// <summary>
    /// The value crossing from a director's C++ override into a C# override (a parameter) and back (a result); null
    /// when this kind cannot cross that way, so a virtual member using it is not overridable in C#.
    /// </summary>
    public virtual DirectorCrossing? Director => null;

    /// <summary>A C++ default argument as C# text, or <see cref="DefaultValues.NotRepresentable"/>.</summary>
    public virtual string DefaultValue(string cppDefault) => DefaultValues.NotRepresentable;

    /// <summary>
    /// The shim statements for a returned value: the call itself when nothing runs after it and the value is
    /// used once, otherwise the value is kept as <c>returned</c> first.
    /// </summary>
    protected static IReadOnlyList<string> HandOver(string call, IReadOnlyList<string> cppAfter, bool usesValueTwice, Func<string, IEnumerable<string>> statements) =>
        cppAfter.Count == 0 && !usesValueTwice
            ? statements(call).ToList()
            : ["decltype(auto) returned = " + call + ";", .. cppAfter, .. statements("returned")];

    public override string ToString() => $"{Kind} {CsType}";
}
