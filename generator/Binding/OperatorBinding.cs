namespace ItkBindGen.Binding;

/// <summary>
/// A C# operator over a wrapped C++ operator's method (<c>operator+</c> wrapped as <c>Add</c>): <c>public static R operator
/// +(T left, U right) =&gt; left.Add(right);</c>, or unary over a method without parameters.
/// </summary>
/// <param name="Symbol">The C# operator token.</param>
/// <param name="Method">The wrapped method it calls on its left operand.</param>
/// <param name="CsClass">The proxy, the left operand's type.</param>
public sealed record OperatorBinding(string Symbol, MethodBinding Method, string CsClass)
{
    private bool IsUnary => Method.Parameters.Count == 0;

    public string CsDeclaration => IsUnary
        ? $"public static {Method.Return.CsType} operator {Symbol}({CsClass} value) => value.{Method.CsName}();"
        : $"public static {Method.Return.CsType} operator {Symbol}({CsClass} left, {Method.Parameters[0].Crossing.CsType} right) => left.{Method.CsName}(right);";
}
