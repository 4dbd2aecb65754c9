namespace ItkBindGen.Parsing;

/// <summary>
/// C++ handed to libclang as text rather than read from disk: the code of an interface file (its <c>%{ %}</c> blocks,
/// <c>%inline</c> code and declarations), carrying <c>#line</c> lines so that what it declares, and clang's errors
/// in it, are placed in the interface file.
/// </summary>
/// <param name="Path">Where the text stands for libclang (beside the interface file, so its <c>#include "..."</c> lines resolve); see <see cref="PathFor"/>.</param>
/// <param name="Text">The C++.</param>
/// <param name="IsWrapped">What it declares is wrapped (<c>%inline</c> code, declarations); otherwise it only supplies types (<c>%{ %}</c>).</param>
/// <param name="IsDeclarationsOnly">
/// Declarations written in the interface file, which SWIG takes as declared only: they are read inside a namespace
/// of their own so that a class the <c>%{ %}</c> code already defines is not defined twice, and modeled without it.
/// </param>
public sealed record CppSourceText(string Path, string Text, bool IsWrapped, bool IsDeclarationsOnly = false)
{
    private const string Suffix = ".itkbindgen.hpp";

    /// <summary>The namespace interface-file declarations are read in; the model leaves it out of every name.</summary>
    public const string DeclarationNamespace = "__itkbindgen_interface";

    /// <summary>A path for the <paramref name="index"/>th text of the interface file at <paramref name="interfacePath"/>.</summary>
    public static string PathFor(string interfacePath, int index) => $"{interfacePath}.{index}{Suffix}";

    public static bool IsSourceTextPath(string path) => path.EndsWith(Suffix, StringComparison.Ordinal);
}
