using ItkBindGen.Interface;
using ItkBindGen.Parsing.Building;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// The constructors SWIG's <c>std_pair.i</c> declares for <c>%template(IntPair) std::pair&lt;int, int&gt;</c>: the
/// standard library declares pair's own as templates, which no %template instantiates, so without these a C# caller
/// could copy a pair but not make one. In a file that includes <c>std_pair.i</c> (which defines the helper they call),
/// each instantiation gets <c>pair()</c> and <c>pair(first, second)</c> as an <c>%extend</c> of it, placed at the
/// %template's line (a C++ error in them is reported there); a type that cannot be made empty throws when <c>pair()</c> is called.
/// </summary>
internal static class StandardPairs
{
    private const string Pair = "std::pair<";

    private static readonly string LibraryFile = LibraryFiles.Prefix + "std_pair.i";

    /// <summary>Adds the constructors' <c>%extend</c> to <paramref name="file"/> for each of its std::pair instantiations.</summary>
    public static void AddConstructors(InterfaceFile file)
    {
        if (!file.SourceFiles.Contains(LibraryFile))
        {
            return;
        }
        foreach (var template in file.Templates.Where(t => t.CppType.StartsWith(Pair, StringComparison.Ordinal) && t.CppType.EndsWith('>')))
        {
            if (TemplateSpelling.SplitArguments(template.CppType[Pair.Length..^1]) is not [var first, var second])
            {
                continue; // Not a pair's two arguments: libclang reports the spelling when it instantiates it.
            }
            var type = template.CppType;
            // One line: every member is placed at the %template's line.
            var members = $" pair() {{ return itkbindgen_std_pair::make_empty<{type}>(); }} "
                + $"pair(const {first} & first, const {second} & second) {{ return new {type}(first, second); }} ";
            file.AddExtend(new ExtendDirective(type, new InterfaceCode(members, template.Location), template.Location));
        }
    }

}
