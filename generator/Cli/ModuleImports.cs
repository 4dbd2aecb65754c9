using ItkBindGen.Binding;
using ItkBindGen.Diagnostics;
using ItkBindGen.Interface;

namespace ItkBindGen.Cli;

/// <summary>
/// SWIG's <c>%import "Other.i"</c> of another generated module: reads that module's interface file (and the modules
/// it imports in turn) so its headers are parsed and its instantiations made, and describes it as a binding request
/// whose classes the importing module uses instead of generating them again.
/// </summary>
internal sealed class ModuleImports(GenerateSettings settings, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, BindingRequest?> _loaded = new(StringComparer.Ordinal);
    private readonly List<string> _open = [];
    private readonly List<string> _headers = [];
    private readonly List<TemplateDirective> _templates = [];
    private readonly List<string> _interfaceFiles = [];

    /// <summary>Every interface file the imports read.</summary>
    public IReadOnlyList<string> InterfaceFiles => _interfaceFiles;

    /// <summary>Headers of every imported module, to parse (types only).</summary>
    public IReadOnlyList<string> Headers => _headers;

    /// <summary>Instantiations of every imported module, made in the same parse.</summary>
    public IReadOnlyList<TemplateDirective> Templates => _templates;

    /// <summary>The modules the interface files of this run import, each as a request with its own imports.</summary>
    public List<BindingRequest> Load(IReadOnlyList<InterfaceFile> interfaces)
    {
        // The module being generated is open too, so a module importing it back is a cycle.
        _open.AddRange(interfaces.Select(i => Path.GetFullPath(i.Path)));
        var imports = LoadImports(interfaces);
        _open.Clear();
        return imports;
    }

    private List<BindingRequest> LoadImports(IEnumerable<InterfaceFile> interfaces)
    {
        var result = new List<BindingRequest>();
        foreach (var include in interfaces.SelectMany(i => i.Includes).Where(i => i.IsImport && i.IsInterfaceFile && i.ResolvedPath is not null))
        {
            if (Load(include) is { } request && !result.Contains(request))
            {
                result.Add(request);
            }
        }
        return result;
    }

    /// <summary>The headers interface files name: all are parsed, the <c>%include</c>d ones wrapped; a missing one is an error.</summary>
    public static void CollectHeaders(IEnumerable<InterfaceFile> interfaces, List<string> parsed, List<string> wrapped, DiagnosticBag diagnostics)
    {
        foreach (var include in interfaces.SelectMany(i => i.Includes).Where(i => !i.IsInterfaceFile))
        {
            if (include.ResolvedPath is null)
            {
                diagnostics.Error(DiagnosticIds.HeaderNotFound, include.Location,
                    $"header '{include.Path}' was not found in the include folders; add its folder with -I");
                continue;
            }
            parsed.Add(include.ResolvedPath);
            if (!include.IsImport)
            {
                wrapped.Add(include.ResolvedPath);
            }
        }
    }

    private BindingRequest? Load(InterfaceInclude include)
    {
        var path = include.ResolvedPath!;
        if (_open.Contains(path, StringComparer.Ordinal))
        {
            var cycle = string.Join(" -> ", _open.SkipWhile(p => p != path).Append(path).Select(Path.GetFileName));
            diagnostics.Error(DiagnosticIds.InterfaceIncludeCycle, include.Location, $"'{include.Path}' imports itself: {cycle}");
            return null;
        }
        if (_loaded.TryGetValue(path, out var known))
        {
            return known;
        }
        _open.Add(path);
        var file = InterfaceParser.Parse(path, settings.IncludeDirs, diagnostics);
        _interfaceFiles.AddRange(file.SourceFiles);
        var imports = LoadImports([file]);
        _open.RemoveAt(_open.Count - 1);
        if (file.ModuleName is not { } name)
        {
            diagnostics.Error(DiagnosticIds.ModuleNameRequired, include.Location,
                $"'{include.Path}' is imported as a module but has no %module; add '%module Name' to it");
            return _loaded[path] = null;
        }

        var wrapped = new List<string>();
        CollectHeaders([file], _headers, wrapped, diagnostics);
        _templates.AddRange(file.Templates);
        return _loaded[path] = BindingRequests.For(settings, name, isImport: true, [file], wrapped, [], imports);
    }
}
