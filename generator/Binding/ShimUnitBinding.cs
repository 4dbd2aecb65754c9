namespace ItkBindGen.Binding;

/// <summary>One translation unit of the shim: the entry points of one or more classes, built in parallel with the others.</summary>
/// <param name="FileName">The source file, beside the module's own shim source.</param>
/// <param name="Classes">The classes whose entry points it holds, in module order.</param>
public sealed record ShimUnitBinding(string FileName, IReadOnlyList<ClassBinding> Classes)
{
    /// <summary>
    /// The class template instantiations this unit shares with other units: the module's own source instantiates them
    /// (explicit instantiation definitions), this unit declares them <c>extern template</c> and compiles none of their members.
    /// </summary>
    public IReadOnlyList<string> ExternInstantiations { get; init; } = [];
}
