using ItkBindGen.Binding;
using ItkBindGen.Interface;

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
/// instantiate: reading or writing a missing key then throws instead of adding it (<c>Set</c> adds it).</item>
/// </list>
/// </summary>
internal static class StandardExtensions
{
    // Types are named through the class's own typedefs: a const, pointer or reference argument is then spelled right.
    private sealed record Kind(Func<string, bool> Names, string LibraryFile, Func<string, string> Members);

    private static readonly Kind[] Kinds =
    [
        new(StandardClasses.IsPair, "std_pair.i", type =>
            $" pair() {{ return itkbindgen_std_pair::make_empty<{type}>(); }} "
            + $"pair(const {type}::first_type & first, const {type}::second_type & second) {{ return new {type}(first, second); }} "),
        new(StandardClasses.IsMap, "std_map.i", type =>
            $" {type}::mapped_type & operator[](const {type}::key_type & key) {{ return itkbindgen_std_map::item(*$self, key); }} "
            + $"std::vector<{type}::key_type> Keys() const {{ return itkbindgen_std_map::keys(*$self); }} "
            + $"std::vector<{type}::mapped_type> Values() const {{ return itkbindgen_std_map::values(*$self); }} "
            + $"bool ContainsKey(const {type}::key_type & key) const {{ return $self->count(key) != 0; }} "
            + $"{type}::mapped_type Get(const {type}::key_type & key) const {{ return $self->at(key); }} "
            + $"void Set(const {type}::key_type & key, const {type}::mapped_type & value) {{ $self->insert_or_assign(key, value); }} "
            + $"bool Remove(const {type}::key_type & key) {{ return $self->erase(key) != 0; }} "),
    ];

    /// <summary>
    /// Adds the members' <c>%extend</c> to <paramref name="file"/> for each of its pair and map instantiations that the
    /// file does not extend itself (its own members then stand alone).
    /// </summary>
    public static void Add(InterfaceFile file)
    {
        foreach (var template in file.Templates)
        {
            var type = template.CppType;
            if (Kinds.FirstOrDefault(k => k.Names(type)) is not { } kind
                || !file.SourceFiles.Contains(LibraryFiles.Prefix + kind.LibraryFile)
                || file.Extends.Any(e => e.ClassName == type))
            {
                continue;
            }
            file.AddExtend(new ExtendDirective(type, new InterfaceCode(kind.Members(type), template.Location), template.Location));
        }
    }
}
