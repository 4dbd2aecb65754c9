namespace ItkBindGen.Binding.Marshalling;

/// <summary>A kind whose values can be the items of a returned list: each crosses as one address the wrapper takes over.</summary>
public interface IListElement
{
    /// <summary>The C# type of one item.</summary>
    string CsItemType { get; }

    /// <summary>The C++ expression handing <paramref name="value"/> over as an address the wrapper owns.</summary>
    string CppToAddress(string value);

    /// <summary>The C# expression taking over an item's <paramref name="address"/>.</summary>
    string CsFromAddress(string address);
}
