using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>A class chosen for wrapping, with its C# name and the kind of proxy it gets.</summary>
/// <param name="Cpp">The C++ class or instantiation.</param>
/// <param name="CsName">The C# class name.</param>
/// <param name="Kind">Object, value or static class.</param>
/// <param name="Order">Its place in the input, which breaks ties between classes of equal depth.</param>
/// <param name="Location">What selected it: its %template directive, or its declaration.</param>
public sealed record SelectedClass(CppClass Cpp, string CsName, ProxyKind Kind, int Order, Diagnostics.SourceLocation Location)
{
    /// <summary>
    /// The alias the shim's units name the class by: its C# name, prefixed when a variable or function hides the C++ name
    /// (an alias of that name would clash with it).
    /// </summary>
    public string CppAlias => Cpp.IsNameHidden ? "ibg_" + CsName : CsName;
}
