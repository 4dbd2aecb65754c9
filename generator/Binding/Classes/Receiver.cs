using ItkBindGen.Binding.Selection;

namespace ItkBindGen.Binding.Classes;

/// <summary>The C++ pointer a member of a wrapped class is called on, from the shim's object parameter.</summary>
internal static class Receiver
{
    /// <summary>
    /// A reference-counted object from its <c>LightObject</c>; any other from the address its proxy holds (the object seen
    /// as its wrapped hierarchy's root).
    /// </summary>
    public static Func<string, string> Of(BindingScope scope, SelectedClass selected)
    {
        var csName = selected.CppAlias;
        if (selected.Kind != ProxyKind.Value)
        {
            return self => $"ibg::as<{csName}>({self})";
        }
        var value = scope.ValueClasses[selected.Cpp.FullName];
        var root = value.RootCppSpelling;
        return value.RootCppName == selected.Cpp.FullName ? self => $"ibg::value_of<{csName}>({self})" : self => $"ibg::value_of<{csName}, {root}>({self})";
    }

    /// <summary>The shim's type of the object parameter.</summary>
    public static string CppSelfType(SelectedClass selected) => selected.Kind == ProxyKind.Value ? CallFactory.ValueSelf : CallFactory.ObjectSelf;
}
