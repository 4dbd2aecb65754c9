using ItkBindGen.Binding.Directives;
using ItkBindGen.Binding.Resolution;
using ItkBindGen.Parsing;

namespace ItkBindGen.Binding.Selection;

/// <summary>
/// What the selection pass decided for a module, read-only from here on: the classes to bind with their C# names and
/// kinds, what imported modules wrap, the enums, and the one directive index. Each class is bound from this alone.
/// </summary>
public sealed class BindingScope
{
    public required BindingRequest Request { get; init; }

    public required CppCompilation Compilation { get; init; }

    public required DirectiveIndex Directives { get; init; }

    public required WrappedHeaders Headers { get; init; }

    /// <summary>The classes this module binds, in input order.</summary>
    public required IReadOnlyList<SelectedClass> Classes { get; init; }

    /// <summary>The classes imported modules wrap, by C++ name, as this module's code names them.</summary>
    public required IReadOnlyDictionary<string, ClassBinding> Imported { get; init; }

    /// <summary>The names of the modules imported, directly or through another.</summary>
    public required IReadOnlyList<string> ImportedModules { get; init; }

    /// <summary>Wrapped reference-counted classes: C++ name → C# name as this module's code refers to it.</summary>
    public required IReadOnlyDictionary<string, string> Proxies { get; init; }

    /// <summary>Wrapped classes that are not reference counted: C++ name → their proxy and hierarchy root.</summary>
    public required IReadOnlyDictionary<string, ValueProxy> ValueClasses { get; init; }

    /// <summary>Every enum the bindings can name, by C++ name.</summary>
    public required IReadOnlyDictionary<string, EnumBinding> Enums { get; init; }

    /// <summary>The enums declared at the module level.</summary>
    public required IReadOnlyList<EnumBinding> ModuleEnums { get; init; }

    /// <summary>Classes known only as the declarers of enums the bindings use: full name → their enums.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CppEnum>> EnumHolders { get; init; }

    /// <summary>How warnings name members of every instantiation of a template.</summary>
    public required TemplateSpellings Templates { get; init; }

    /// <summary>Chooses the marshaller of each C++ type from the classes and enums above.</summary>
    public required MarshallerResolver Marshallers { get; init; }

    public string ModuleName => Request.ModuleName;

    /// <summary>The C# class of the module's <c>LibraryImport</c>s.</summary>
    public string NativeClass => $"{Request.ModuleName}Native";

    public CppClass Find(string fullName) =>
        Compilation.FindClass(fullName) ?? throw new InvalidOperationException($"class {fullName} vanished from the model");
}
