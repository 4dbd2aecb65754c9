namespace ItkBindGen.Parsing;

/// <summary>How a class template specialization came to be; <see cref="None"/> for plain classes and templates.</summary>
public enum CppSpecializationKind
{
    None,

    /// <summary>Instantiated because a type needed it (a <c>%template</c>, a base, a parameter).</summary>
    Implicit,

    /// <summary><c>template &lt;&gt; class Foo&lt;0&gt; { ... };</c>: its own members, not the template's.</summary>
    ExplicitSpecialization,

    /// <summary><c>template class Foo&lt;int&gt;;</c> or <c>extern template class Foo&lt;int&gt;;</c>: the template's members.</summary>
    ExplicitInstantiation,
}
