using System.Reflection;

namespace ItkBindGen.Interface;

/// <summary>
/// SWIG's library files that map onto what this tool has built in (<c>std_string.i</c>, <c>std_vector.i</c>, <c>std_pair.i</c>, <c>std_map.i</c>,
/// <c>exception.i</c>, ...), shipped inside the tool and found by <c>%include &lt;file.i&gt;</c> after the user's
/// folders; and, for the library files it does not provide, why not.
/// </summary>
internal static class LibraryFiles
{
    /// <summary>How a shipped library file is named in diagnostics and in the list of files read.</summary>
    public const string Prefix = "<itkbindgen>/";

    private const string ResourcePrefix = "swiglib/";
    private static readonly Assembly Assembly = typeof(LibraryFiles).Assembly;
    private static readonly HashSet<string> Shipped = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Select(n => n[ResourcePrefix.Length..]).ToHashSet(StringComparer.Ordinal);

    private const string Containers = "only std::vector (a C# array, or a collection with %template), std::pair and std::map (std_pair.i, std_map.i: classes with %template) and std::string (a C# string) are built in";

    private static readonly Dictionary<string, string> NotProvided = new(StringComparer.Ordinal)
    {
        ["std_multimap.i"] = Containers, ["std_unordered_map.i"] = Containers,
        ["std_unordered_multimap.i"] = Containers, ["std_set.i"] = Containers, ["std_multiset.i"] = Containers,
        ["std_unordered_set.i"] = Containers, ["std_unordered_multiset.i"] = Containers, ["std_list.i"] = Containers,
        ["std_deque.i"] = Containers, ["std_array.i"] = Containers, ["std_queue.i"] = Containers,
        ["std_stack.i"] = Containers, ["std_vectora.i"] = Containers, ["std_complex.i"] = Containers, ["complex.i"] = Containers,
        ["std_shared_ptr.i"] = "shared pointers are not wrapped; ITK-style reference-counted classes are (SmartPointer)",
        ["boost_shared_ptr.i"] = "shared pointers are not wrapped; ITK-style reference-counted classes are (SmartPointer)",
        ["std_unique_ptr.i"] = "unique pointers are not wrapped; return the object by value or as an ITK SmartPointer",
        ["std_auto_ptr.i"] = "std::auto_ptr is not wrapped (it left C++ in C++17)",
        ["boost_intrusive_ptr.i"] = "intrusive pointers are not wrapped; ITK-style reference-counted classes are",
        ["std_wstring.i"] = "wide strings are not wrapped; use std::string (UTF-8)",
        ["wchar.i"] = "wide strings are not wrapped; use std::string (UTF-8)",
        ["std_string_view.i"] = "std::string_view is not wrapped; take const std::string &",
        ["std_basic_string.i"] = "use std_string.i: std::string crosses as a C# string",
        ["arrays_csharp.i"] = "arrays are built in: a pointer and its length cross as a C# array with %apply double INPUT[N] { const double * }",
        ["cdata.i"] = "raw memory is not wrapped; pass a std::vector or an array with %apply",
        ["cmalloc.i"] = "raw memory is not wrapped; pass a std::vector or an array with %apply",
        ["cstring.i"] = "char buffers are not wrapped; use std::string",
        ["attribute.i"] = "write a C++ getter and setter pair: they become a C# property",
        ["swiginterface.i"] = "C# interfaces for classes are not generated",
        ["swigmove.i"] = "move semantics are not wrapped; pass by value or const reference",
        ["enums.swg"] = "C++ enums always become C# enums",
        ["enumsimple.swg"] = "C++ enums always become C# enums",
        ["enumtypesafe.swg"] = "C++ enums always become C# enums",
        ["enumtypeunsafe.swg"] = "C++ enums always become C# enums",
    };

    public static bool IsLibraryPath(string path) => path.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The library path of a shipped file named <paramref name="name"/>, or null.</summary>
    public static string? Find(string name) => Shipped.Contains(name) ? Prefix + name : null;

    public static string Read(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + path[Prefix.Length..])
            ?? throw new InvalidOperationException($"The tool was built without its library file '{path}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Why a SWIG library file of that name is not shipped, or null when it is not one this tool knows of.</summary>
    public static string? NotProvidedReason(string name) => NotProvided.GetValueOrDefault(name);
}
