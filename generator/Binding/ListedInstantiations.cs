namespace ItkBindGen.Binding;

/// <summary>A class template instantiation named on one line of the <c>--shared-instantiations</c> list.</summary>
/// <param name="Spelling">The instantiation as C++ spells it, e.g. <c>itk::Neighborhood&lt;float, 2&gt;</c>.</param>
/// <param name="Line">Its line in the list, which the instance unit names in a <c>#line</c> directive so the compiler's errors point there.</param>
public sealed record ListedInstantiation(string Spelling, int Line);

/// <summary>
/// The <c>--shared-instantiations</c> list: class template instantiations several shim units would each compile
/// (<c>itkbindgen learn-instantiations</c> finds them in a build's objects). Each is compiled once, in an instance unit,
/// and declared <c>extern template</c> in the shim header for every other source.
/// </summary>
/// <param name="FileName">The list's file name, as the <c>#line</c> directives give it.</param>
/// <param name="Entries">The instantiations in file order.</param>
public sealed record ListedInstantiations(string FileName, IReadOnlyList<ListedInstantiation> Entries)
{
    public static readonly ListedInstantiations None = new(string.Empty, []);

    /// <summary>Whitespace is not part of a spelling's identity (<c>A&lt;B&lt;int&gt; &gt;</c> is <c>A&lt;B&lt;int&gt;&gt;</c>).</summary>
    public static string Key(string spelling) => string.Concat(spelling.Where(c => !char.IsWhiteSpace(c)));
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
