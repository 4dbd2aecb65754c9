namespace ItkBindGen.Binding;

/// <summary>A class or function template instantiation named on one line of the <c>--shared-instantiations</c> list.</summary>
/// <param name="Spelling">
/// The instantiation as C++ spells it: a class (<c>itk::Neighborhood&lt;float, 2&gt;</c>) or a function with its return
/// type, template arguments and parameter types (<c>void itk::Fill&lt;float&gt;(float*, int)</c>).
/// </param>
/// <param name="Line">Its line in the list, which the instance unit names in a <c>#line</c> directive so the compiler's errors point there.</param>
public sealed record ListedInstantiation(string Spelling, int Line)
{
    /// <summary>What follows <c>template</c> (in the instance unit) and <c>extern template</c> (in the shim header).</summary>
    public string Declaration => ListedInstantiations.Declaration(Spelling);
}

/// <summary>
/// The <c>--shared-instantiations</c> list: class and function template instantiations several shim units would each
/// compile (<c>itkbindgen learn-instantiations</c> finds them in a build's objects). Each is compiled once, in an
/// instance unit, and declared <c>extern template</c> in the shim header for every other source.
/// </summary>
/// <param name="FileName">The list's file name, as the <c>#line</c> directives give it.</param>
/// <param name="Entries">The instantiations in file order.</param>
public sealed record ListedInstantiations(string FileName, IReadOnlyList<ListedInstantiation> Entries)
{
    public static readonly ListedInstantiations None = new(string.Empty, []);

    /// <summary>Whitespace is not part of a spelling's identity (<c>A&lt;B&lt;int&gt; &gt;</c> is <c>A&lt;B&lt;int&gt;&gt;</c>).</summary>
    public static string Key(string spelling) => string.Concat(spelling.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Whether a spelling names a function: it has a parameter list outside every template argument list.</summary>
    public static bool IsFunction(string spelling) => TopLevel.IndexOf(spelling, '(') >= 0;

    /// <summary>A class is instantiated as <c>class X&lt;...&gt;</c>, a function as its whole declaration.</summary>
    public static string Declaration(string spelling) => IsFunction(spelling) ? spelling : "class " + spelling;
}

/// <summary>A source that compiles listed instantiations (explicit instantiation definitions) for the whole module.</summary>
/// <param name="FileName">The source file, beside the module's own shim source.</param>
/// <param name="ListFileName">The list they come from, for the <c>#line</c> directives.</param>
/// <param name="Instantiations">The instantiations it compiles.</param>
public sealed record InstanceUnitBinding(string FileName, string ListFileName, IReadOnlyList<ListedInstantiation> Instantiations)
{
    /// <summary>The list's file name as a C string literal's contents, for <c>#line</c> and the unit's comment.</summary>
    public string ListFileLiteral => ListFileName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
