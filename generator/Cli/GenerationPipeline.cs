using System.Diagnostics;
using ItkBindGen.Binding;
using ItkBindGen.Cli.Extend;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;
using ItkBindGen.Interface;
using ItkBindGen.Parsing;

namespace ItkBindGen.Cli;

/// <summary>
/// One generation, stage by stage: interface files, C++ parse, binding model, rendering, writing.
/// Each stage stops the run when it reported an error, so no output is written from broken input.
/// </summary>
public static class GenerationPipeline
{
    public static bool Run(GenerateSettings settings, DiagnosticBag diagnostics, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var inputs = new List<string>();
        var places = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var module = Bind(settings, diagnostics, log, inputs, places);
        if (module is null || diagnostics.HasErrors)
        {
            return false;
        }
        var emitter = new BindingEmitter(new TemplateSet(settings.TemplatesDirectory), diagnostics);
        var files = emitter.Emit(module, settings.OutputDirectory, settings.ResolveShimPath(module.Name)).ToList();
        if (diagnostics.HasErrors)
        {
            return false;
        }
        if (settings.ReportPath is { } reportPath)
        {
            files.Add(new GeneratedFile(reportPath, ModuleReport.ToJson(module)));
        }
        if (!OutputPathsAreFree(files.Select(f => f.Path).Append(settings.ResolveManifestPath(module.Name)), inputs, places, diagnostics))
        {
            return false;
        }
        var written = OutputWriter.Write(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Content)), diagnostics, settings.ResolveManifestPath(module.Name));
        if (settings.Verbose)
        {
            log.WriteLine($"itkbindgen: {module.Classes.Count} classes, {module.Classes.Sum(c => c.Methods.Count)} methods, {files.Count} files ({written.Written.Count} written, {written.Removed.Count} removed) in {total.ElapsedMilliseconds} ms");
        }
        return !diagnostics.HasErrors;
    }

    /// <summary>Runs the stages up to the binding model, which snapshot tests print.</summary>
    public static ModuleBinding? Bind(GenerateSettings settings, DiagnosticBag diagnostics, TextWriter log) =>
        Bind(settings, diagnostics, log, inputs: [], places: []);

    // Writing a generated file (or the report) over a file the run read would lose it, and two outputs at one path would
    // leave one of them: both refused before anything is written.
    private static bool OutputPathsAreFree(IEnumerable<string> outputs, IEnumerable<string> inputs, IReadOnlyDictionary<string, SourceLocation> places, DiagnosticBag diagnostics)
    {
        var read = inputs.Select(RealPath).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            var real = RealPath(output);
            if (read.Contains(real))
            {
                diagnostics.Error(DiagnosticIds.OutputIsInput, SourceLocation.None,
                    $"'{output}' is an input of this run and would be overwritten; give -outdir, -o or --report a path of its own");
            }
            else if (!seen.Add(real))
            {
                // A proxy's file is named after its class: the %template that named it is where to look.
                var where = places.GetValueOrDefault(Path.GetFileNameWithoutExtension(output), places.GetValueOrDefault(string.Empty, SourceLocation.None));
                diagnostics.Error(DiagnosticIds.OutputPathTwice, where,
                    $"'{output}' would be written twice (two outputs of this run have that path); give -outdir, -o or --report a path of its own");
            }
        }
        return !diagnostics.HasErrors;
    }

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
    }

    private static ModuleBinding? Bind(GenerateSettings settings, DiagnosticBag diagnostics, TextWriter log, List<string> inputs, Dictionary<string, SourceLocation> places) =>
        Prepare(settings, diagnostics, log, inputs, places) is var (request, compilation) ? new ModuleBuilder(request, compilation, diagnostics).Build() : null;

    /// <summary>The stages before binding: the binding request and the parsed C++, or null after an error.</summary>
    internal static (BindingRequest Request, CppCompilation Compilation)? Prepare(
        GenerateSettings settings, DiagnosticBag diagnostics, TextWriter log, List<string> inputs, Dictionary<string, SourceLocation>? places = null)
    {
        places ??= [];
        var interfaces = settings.InterfaceFiles.Select(path => InterfaceParser.Parse(path, settings.IncludeDirs, diagnostics, settings.InterfaceOptions)).ToList();
        if (diagnostics.HasErrors)
        {
            return null;
        }
        foreach (var file in interfaces)
        {
            StandardExtensions.Add(file);
            PendingDirectives.Report(file, diagnostics);
            diagnostics.Suppressed.UnionWith(PendingDirectives.GlobalWarningFilters(file));
        }
        var extends = interfaces.SelectMany(file => ExtendHelpers.Plans(file, diagnostics)).ToList();
        foreach (var template in interfaces.SelectMany(i => i.Templates))
        {
            places.TryAdd(template.Name, template.Location);
        }
        if (interfaces.FirstOrDefault(i => i.ModuleName is not null) is { } named)
        {
            places[string.Empty] = named.ModuleLocation;
        }
        var moduleName = settings.ResolveModuleName(interfaces.Select(i => i.ModuleName).FirstOrDefault(n => n is not null));
        if (moduleName.Length == 0)
        {
            // An interface file without %module is named at its start, the place the directive would go.
            var where = interfaces.Count > 0 ? new SourceLocation(interfaces[0].Path, 1, 1) : SourceLocation.None;
            diagnostics.Error(DiagnosticIds.ModuleNameRequired, where,
                "no module name: add '%module Name' to the interface file or pass -module Name");
            return null;
        }

        var wrapped = new List<string>(settings.Headers);
        wrapped.AddRange(interfaces.SelectMany(InterfaceSources.WrappedFiles));
        var parsed = new List<string>(settings.Headers);
        ModuleImports.CollectHeaders(interfaces, parsed, wrapped, diagnostics);
        var importer = new ModuleImports(settings, diagnostics);
        var imports = importer.Load(interfaces);
        parsed.AddRange(importer.Headers);
        inputs.AddRange(interfaces.SelectMany(i => i.SourceFiles).Concat(importer.InterfaceFiles).Concat(parsed));
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var options = new CppParserOptions { LibclangPath = settings.LibclangPath };
        options.IncludeFolders.AddRange(settings.IncludeDirs);
        options.Defines.AddRange(settings.Defines);
        options.AdditionalArguments.AddRange(settings.Undefines.Select(name => "-U" + name));
        options.SourceTexts.AddRange(importer.Sources.Concat(interfaces.SelectMany(InterfaceSources.For)));
        var templates = interfaces.SelectMany(i => i.Templates).Where(t => !PendingDirectives.IsStandardContainer(t)).ToList();
        var conversions = ImageConversions.For(templates);
        var requests = templates.Concat(conversions).Concat(importer.Templates).Select(t => new CppInstantiationRequest(t.CppType, t.Location))
            .DistinctBy(r => r.Spelling, StringComparer.Ordinal).ToList();
        var compilation = CppParser.Parse(parsed.Distinct(StringComparer.Ordinal), options, requests, diagnostics);
        if (!diagnostics.HasErrors)
        {
            CppParser.CheckBodies(options.SourceTexts, options, diagnostics);
            ExtendedMembers.Apply(compilation, extends, diagnostics);
        }
        if (settings.Verbose)
        {
            log.WriteLine($"itkbindgen: parsed {parsed.Count} headers with {compilation.ClangVersion} in {compilation.ParseTime.TotalMilliseconds:F0} ms (model {compilation.ModelTime.TotalMilliseconds:F0} ms)");
            if (compilation.MemberTemplateRequests.Count > 0)
            {
                log.WriteLine($"itkbindgen: {compilation.MemberInstantiations.Count} member template overloads for {compilation.MemberTemplateRequests.Count} %template directives, second parse in {compilation.MemberTemplateParseTime.TotalMilliseconds:F0} ms");
            }
        }
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var shimIncludes = settings.Headers.Select(h => IncludeSpelling(h, settings.IncludeDirs)).ToList();
        var request = BindingRequests.For(settings, moduleName, isImport: false, interfaces, wrapped, shimIncludes, imports);
        if (settings.SharedInstantiationsPath is { } listPath)
        {
            inputs.Add(listPath);
            request = request with { ListedInstantiations = InstantiationListFile.Read(listPath, diagnostics) };
            if (diagnostics.HasErrors)
            {
                return null;
            }
        }
        request = MemberTemplateDirectives.Split(request with { Templates = [.. request.Templates, .. conversions] }, compilation);
        return (request, compilation);
    }

    /// <summary>A header given on the command line, as the shim includes it: relative to an include folder if it is under one.</summary>
    private static string IncludeSpelling(string header, IReadOnlyList<string> includeDirs)
    {
        foreach (var folder in includeDirs)
        {
            var relative = Path.GetRelativePath(folder, header);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }
        return header;
    }
}
