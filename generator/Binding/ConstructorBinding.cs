namespace ItkBindGen.Binding;

/// <summary>A public C# constructor of a proxy and the private static call that makes its native object.</summary>
/// <param name="Factory">The call behind it: <c>New()</c> of a reference-counted class, <c>new T(...)</c> of another.</param>
/// <param name="Documentation">Its XML doc comment lines.</param>
public sealed record ConstructorBinding(MethodBinding Factory, IReadOnlyList<string> Documentation)
{
    public string CsParameterList => Factory.CsParameterList;

    /// <summary>The constructor's parameters passed on to the factory.</summary>
    public string CsArguments => string.Join(", ", Factory.Parameters.Select(p => p.Name));

    /// <summary>The summary every constructor without a C++ comment of its own gets.</summary>
    public static IReadOnlyList<string> DefaultDocumentation(string cppName) =>
        [$"<summary>Creates a new native <c>{System.Security.SecurityElement.Escape(cppName)}</c>.</summary>"];
}
