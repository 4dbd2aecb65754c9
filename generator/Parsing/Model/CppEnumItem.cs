namespace ItkBindGen.Parsing;

public sealed class CppEnumItem : CppDeclaration
{
    /// <summary>The value; for an unsigned underlying type above long.MaxValue see <see cref="UnsignedValue"/>.</summary>
    public required long Value { get; init; }

    public ulong UnsignedValue => unchecked((ulong)Value);

    public override string ToString() => $"{Name} = {Value}";
}
