namespace ItkBindGen.Binding;

/// <summary>
/// A <c>%constant</c> as a <c>public static readonly</c> field of the module's class, read once from the shim (SWIG's C#
/// default): the C++ compiler evaluates the expression, so its value is C++'s.
/// </summary>
/// <param name="CsName">The field's name.</param>
/// <param name="Getter">The private call that reads the value (one of the module's functions).</param>
/// <param name="CppDeclaration">The directive as written, for the field's documentation.</param>
public sealed record ConstantBinding(string CsName, MethodBinding Getter, string CppDeclaration)
{
    public string CsDeclaration => $"public static readonly {Getter.Return.CsType} {CsName} = {Getter.CsName}();";

    /// <summary>Its one-line XML summary: the directive with its white space (a continued line too) folded.</summary>
    public string Documentation =>
        $"<summary>The constant <c>{System.Security.SecurityElement.Escape(System.Text.RegularExpressions.Regex.Replace(CppDeclaration, @"\\?\s+", " "))}</c>.</summary>";
}
