namespace ItkBindGen.Parsing;

/// <summary>
/// A C++ type as the parser sees it: a small tree whose nodes keep both the spelling as written in the header
/// (<see cref="Spelling"/>) and a canonical spelling (<see cref="CanonicalSpelling"/>).
/// Canonical spellings are fully qualified (no leading <c>::</c>), list every template argument including defaulted
/// ones, separate arguments with ", " and close nested lists without a space (<c>itk::Image&lt;float, 2&gt;</c>,
/// <c>std::vector&lt;int, std::allocator&lt;int&gt;&gt;</c>), write builtins the way C++ does (<c>unsigned long</c>),
/// put cv-qualifiers first except on pointers (<c>const itk::Size&lt;2&gt; &amp;</c>, <c>char *const</c>), and put one
/// space before <c>*</c>, <c>&amp;</c> and <c>&amp;&amp;</c> (<c>const itk::Image&lt;float, 2&gt; *</c>, <c>char **</c>).
/// Dependent types inside an uninstantiated template have no canonical form; they keep their written spelling.
/// </summary>
public abstract class CppType
{
    protected CppType(string spelling, string canonicalSpelling)
    {
        Spelling = spelling;
        CanonicalSpelling = canonicalSpelling;
    }

    public abstract CppTypeKind Kind { get; }

    /// <summary>The type as written in the source (typedef names kept).</summary>
    public string Spelling { get; }

    /// <summary>The fully resolved type; see the class summary for the format.</summary>
    public string CanonicalSpelling { get; }

    /// <summary>Follows typedefs and qualifiers down to the type that carries meaning.</summary>
    public virtual CppType StripTypedefs() => this;

    public override string ToString() => CanonicalSpelling;
}
