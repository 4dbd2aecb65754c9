using ItkBindGen.Interface;
using ItkBindGen.Parsing.Building;

namespace ItkBindGen.Cli.Extend;

/// <summary>
/// The members SWIG's library files give the standard classes they wrap, added to each <c>%template</c> of one as an
/// <c>%extend</c> of that instantiation, in a file that includes the library file (which defines the helpers they
/// call). Placed at the %template's line, on one line: a C++ error in them is reported there.
/// <list type="bullet">
/// <item><c>std_pair.i</c>: <c>pair()</c> and <c>pair(first, second)</c>. The standard library declares pair's own as
/// templates, which no %template instantiates, so without these a C# caller could copy a pair but not make one;
/// <c>pair()</c> of a type that cannot be made empty throws.</item>
/// <item><c>std_map.i</c>: an indexer, <c>Keys()</c>, <c>Values()</c>, <c>ContainsKey</c>, <c>Get</c>, <c>Set</c> and
/// <c>Remove</c>: a map's iterators are not wrapped, and these are what a C# caller reads and changes a map with. The
/// indexer stands for the map's own <c>operator[]</c>, which a value type with no default constructor cannot
/// instantiate: reading a missing key then throws instead of adding it.</item>
/// </list>
/// </summary>
internal static class StandardExtensions
{
    private sealed record Kind(string Prefix, string LibraryFile, Func<string, string, string, string> Members);

    private static readonly Kind[] Kinds =
    [
        new("std::pair<", "std_pair.i", (type, first, second) =>
            $" pair() {{ return itkbindgen_std_pair::make_empty<{type}>(); }} "
            + $"pair(const {first} & first, const {second} & second) {{ return new {type}(first, second); }} "),
        new("std::map<", "std_map.i", (type, key, value) =>
            $" {value} & operator[](const {key} & key) {{ return itkbindgen_std_map::item(*$self, key); }} "
            + $"std::vector<{key}> Keys() const {{ return itkbindgen_std_map::keys(*$self); }} "
            + $"std::vector<{value}> Values() const {{ return itkbindgen_std_map::values(*$self); }} "
            + $"bool ContainsKey(const {key} & key) const {{ return $self->count(key) != 0; }} "
            + $"{value} Get(const {key} & key) const {{ return $self->at(key); }} "
            + $"void Set(const {key} & key, const {value} & value) {{ $self->insert_or_assign(key, value); }} "
            + $"bool Remove(const {key} & key) {{ return $self->erase(key) != 0; }} "),
    ];

    /// <summary>Adds the members' <c>%extend</c> to <paramref name="file"/> for each of its pair and map instantiations.</summary>
    public static void Add(InterfaceFile file)
    {
        foreach (var template in file.Templates)
        {
            var type = template.CppType;
            if (Kinds.FirstOrDefault(k => type.StartsWith(k.Prefix, StringComparison.Ordinal) && type.EndsWith('>')) is not { } kind
                || !file.SourceFiles.Contains(LibraryFiles.Prefix + kind.LibraryFile))
            {
                continue;
            }
            // A map's comparer and allocator, when written, come after its key and value.
            if (TemplateSpelling.SplitArguments(type[kind.Prefix.Length..^1]) is not [var first, var second, ..] arguments
                || (kind.LibraryFile == "std_pair.i" && arguments.Count != 2))
            {
                continue; // Not the class's arguments: libclang reports the spelling when it instantiates it.
            }
            file.AddExtend(new ExtendDirective(type, new InterfaceCode(kind.Members(type, first, second), template.Location), template.Location));
        }
    }
}
