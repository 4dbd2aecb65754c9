using System.CommandLine;
using System.CommandLine.Parsing;
using System.Reflection;
using ItkBindGen.Binding;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Cli;

/// <summary>
/// The root command: <c>itkbindgen [options] &lt;file.i | header.h&gt;...</c>, with SWIG's single-dash flags
/// as exact aliases of the long options. Command line syntax errors exit 2; problems with the values
/// (missing files, bad names) are diagnostics and exit 1.
/// </summary>
internal static class GenerateCommand
{
    private static readonly string[] InterfaceExtensions = [".i"];
    private static readonly string[] HeaderExtensions = [".h", ".hh", ".hpp", ".hxx"];
    private static readonly string[] ShimExtensions = [".cpp", ".cxx", ".cc"];

    // Only these single-letter options may carry their value glued on (-I/usr/include, -DNAME=1).
    private static readonly string[] GluableAliases = ["-I", "-D", "-U"];

    // System.CommandLine keeps where a token came from internal; tokens split out of one argument share it.
    // The typo tests fail if a new version drops it.
    private static readonly PropertyInfo? PositionProperty =
        typeof(Token).GetProperty("Position", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    internal sealed record Options(
        Argument<string[]> Inputs,
        Option<bool> Threads,
        Option<string> Module,
        Option<string> Namespace,
        Option<string> DllImport,
        Option<string> OutDir,
        Option<string> Output,
        Option<string[]> IncludeDirs,
        Option<string[]> Defines,
        Option<string[]> Undefines,
        Option<string> Templates,
        Option<string> Report,
        Option<int> ShimUnits,
        Option<bool> OneTranslationUnit,
        Option<string> SharedInstantiations,
        Option<string[]> ModuleNamespaces,
        Option<string> Libclang,
        Option<string> Target,
        Option<string[]> NoWarn,
        Option<bool> WarnAsError,
        Option<bool> Verbose);

    /// <summary>Adds the options, the check for mistyped ones and the action; returns the options for tests.</summary>
    public static Options Configure(RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        var options = AddOptions(root);
        root.Validators.Add(result => RejectMistypedOptions(result, options));
        root.SetAction(parseResult => Run(parseResult, options, stdout, stderr));
        return options;
    }

    private static Options AddOptions(RootCommand root)
    {
        var options = new Options(
            new Argument<string[]>("inputs") { Description = "Interface files (.i) and headers (.h, .hpp, .hxx, .hh) to wrap.", Arity = ArgumentArity.OneOrMore },
            new Option<bool>("--threads", "-threads") { Description = "Release the binding lock around every wrapped native call (%nothread opts out)." },
            new Option<string>("--module", "-module") { Description = "The module name; overrides %module. Required when only headers are given.", HelpName = "name" },
            new Option<string>("--namespace", "-namespace") { Description = "The C# namespace of the generated code (default: the module name).", HelpName = "namespace" },
            new Option<string>("--dllimport", "-dllimport") { Description = "The native library name the C# code imports (default: the module name).", HelpName = "library" },
            new Option<string>("--outdir", "-outdir") { Description = "The folder for the generated C# files (default: the current folder).", HelpName = "dir" },
            new Option<string>("--output", "-o") { Description = "The shim's path (.cpp); the CMake fragment goes beside it (default: <outdir>/<module>_wrap.cpp).", HelpName = "file" },
            new Option<string[]>("--include-dir", "-I") { Description = "A folder to search for headers and interface files; repeatable.", HelpName = "dir" },
            new Option<string[]>("--define", "-D") { Description = "A macro for SWIG's preprocessor over the interface files and for parsing the headers, NAME or NAME=VALUE; repeatable.", HelpName = "NAME[=VALUE]" },
            new Option<string[]>("--undefine", "-U") { Description = "A macro to leave undefined (also SWIG's own, such as SWIG or SWIGCSHARP); repeatable.", HelpName = "NAME" },
            new Option<string>("--templates") { Description = "A folder of templates that replace the embedded ones of the same name.", HelpName = "dir" },
            new Option<string>("--report") { Description = "Write a JSON report of every class: the members wrapped (C# signatures) and those skipped, with the reason.", HelpName = "file" },
            new Option<int>("--shim-units") { Description = $"Split the shim into at most this many translation units besides the module's own: one a class up to it, balanced groups beyond (default {Binding.ShimUnits.DefaultMaximum}).", HelpName = "count", DefaultValueFactory = _ => Binding.ShimUnits.DefaultMaximum },
            new Option<bool>("--one-translation-unit") { Description = "Compile the whole shim as one translation unit (its own source includes the others), as interface code that defines functions or variables does by itself; for code an #include brings in." },
            new Option<string>("--shared-instantiations") { Description = "A list of class and function template instantiations (one a line, as 'itkbindgen learn-instantiations' writes it) compiled once for the whole shim instead of in every unit that uses them.", HelpName = "file" },
            new Option<string[]>("--module-namespace") { Description = "The C# namespace of a module this one %imports, Module=Namespace (default: the module name); repeatable.", HelpName = "Module=Namespace" },
            new Option<string>("--libclang") { Description = "The libclang shared library to use instead of the packaged one.", HelpName = "path" },
            new Option<string>("--target") { Description = "What the CMake fragment links the shim against.", HelpName = "native-core|itk", DefaultValueFactory = _ => GenerateSettings.NativeCoreTarget },
            new Option<string[]>("--nowarn") { Description = "A warning to silence, e.g. IBG3001; repeatable, or a list separated by ',' or ';'.", HelpName = "IBGnnnn" },
            new Option<bool>("--warnaserror") { Description = "Report warnings as errors." },
            new Option<bool>("--verbose") { Description = "Say what is read and which files are written or left unchanged." });
        options.Target.AcceptOnlyFromAmong(GenerateSettings.NativeCoreTarget, GenerateSettings.ItkTarget);

        root.Arguments.Add(options.Inputs);
        foreach (var option in new Option[]
        {
            options.Threads, options.Module, options.Namespace, options.DllImport, options.OutDir, options.Output,
            options.IncludeDirs, options.Defines, options.Undefines, options.Templates, options.Report, options.ShimUnits, options.OneTranslationUnit, options.SharedInstantiations, options.ModuleNamespaces, options.Libclang, options.Target,
            options.NoWarn, options.WarnAsError, options.Verbose,
        })
        {
            root.Options.Add(option);
        }
        return options;
    }

    private static int Run(ParseResult parseResult, Options options, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var settings = CreateSettings(parseResult, options, diagnostics, Directory.GetCurrentDirectory());
        if (settings is not null && !diagnostics.HasErrors)
        {
            var log = settings.Verbose ? stdout : TextWriter.Null;
            var succeeded = GenerationPipeline.Run(settings, diagnostics, log);
            if (!succeeded && !diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticIds.GenerationFailed, SourceLocation.None, "generation failed without saying why");
            }
        }
        diagnostics.WriteTo(stderr);
        return diagnostics.HasErrors ? CommandLine.InputErrors : CommandLine.Ok;
    }

    /// <summary>
    /// Turns parsed values into settings, reporting every bad value (not just the first).
    /// Returns null when the values are unusable; relative paths are taken from <paramref name="currentDirectory"/>.
    /// </summary>
    internal static GenerateSettings? CreateSettings(ParseResult parseResult, Options options, DiagnosticBag diagnostics, string currentDirectory)
    {
        // Applied first so that the checks below already honour --nowarn and --warnaserror.
        var suppressed = ParseWarningIds(parseResult.GetValue(options.NoWarn) ?? [], diagnostics);
        diagnostics.Suppressed.UnionWith(suppressed);
        diagnostics.WarningsAsErrors = parseResult.GetValue(options.WarnAsError);

        string Full(string path) => Path.GetFullPath(path, currentDirectory);

        var interfaceFiles = new List<string>();
        var headers = new List<string>();
        foreach (var input in parseResult.GetValue(options.Inputs) ?? [])
        {
            var extension = Path.GetExtension(input);
            var list = InterfaceExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? interfaceFiles
                : HeaderExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? headers
                : null;
            if (list is null)
            {
                diagnostics.Error(DiagnosticIds.UnsupportedInputFile, SourceLocation.None,
                    $"'{input}' is neither an interface file (.i) nor a header ({string.Join(", ", HeaderExtensions)})");
            }
            else if (Directory.Exists(Full(input)))
            {
                diagnostics.Error(DiagnosticIds.UnsupportedInputFile, SourceLocation.None, $"input '{input}' is a folder; give the interface file or header in it");
            }
            else if (!File.Exists(Full(input)))
            {
                diagnostics.Error(DiagnosticIds.InputFileNotFound, SourceLocation.None, $"input file '{input}' does not exist");
            }
            else
            {
                list.Add(Full(input));
            }
        }

        var module = parseResult.GetValue(options.Module);
        if (module is not null && !IsIdentifier(module))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--module '{module}' is not a valid identifier");
        }
        if (module is null && interfaceFiles.Count == 0 && headers.Count > 0)
        {
            diagnostics.Error(DiagnosticIds.ModuleNameRequired, SourceLocation.None,
                "headers given without an interface file need a module name: add --module <name> (-module <name>)");
        }

        var @namespace = parseResult.GetValue(options.Namespace);
        if (@namespace is not null && !@namespace.Split('.').All(IsIdentifier))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--namespace '{@namespace}' is not a valid C# namespace");
        }

        var library = parseResult.GetValue(options.DllImport);
        if (library is not null && library.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, "--dllimport needs a library name");
        }

        // Output folders are created when missing; one that is a file cannot be, and nothing is written.
        var outdir = parseResult.GetValue(options.OutDir);
        if (outdir is not null && File.Exists(Full(outdir)))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--outdir '{outdir}' is a file; give a folder (it is created when missing)");
        }
        var shim = parseResult.GetValue(options.Output);
        if (shim is not null && Path.GetDirectoryName(Full(shim)) is { } shimFolder && File.Exists(shimFolder))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--output '{shim}': '{shimFolder}' is a file, not a folder");
        }
        if (shim is not null && !ShimExtensions.Contains(Path.GetExtension(shim), StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None,
                $"--output '{shim}': the shim is C++, so its name ends in {string.Join(", ", ShimExtensions)}");
        }

        var includeDirs = (parseResult.GetValue(options.IncludeDirs) ?? []).Select(Full).ToList();
        foreach (var dir in includeDirs.Where(d => !Directory.Exists(d)))
        {
            diagnostics.Warning(DiagnosticIds.IncludeDirectoryNotFound, SourceLocation.None, $"include folder '{dir}' does not exist");
        }

        var defines = parseResult.GetValue(options.Defines) ?? [];
        foreach (var define in defines)
        {
            var name = define.Split('=', 2)[0];
            if (!IsIdentifier(name))
            {
                diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--define '{define}': '{name}' is not a valid macro name");
            }
        }

        var undefines = parseResult.GetValue(options.Undefines) ?? [];
        foreach (var name in undefines.Where(n => !IsIdentifier(n)))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--undefine '{name}' is not a valid macro name");
        }

        var templates = parseResult.GetValue(options.Templates);
        if (templates is not null && !Directory.Exists(Full(templates)))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--templates folder '{templates}' does not exist");
        }
        var report = parseResult.GetValue(options.Report);
        if (report is not null && (report.Trim().Length == 0 || Directory.Exists(Full(report))))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--report '{report}' must name a file, not a folder");
        }
        var shimUnits = parseResult.GetValue(options.ShimUnits);
        if (shimUnits < 1)
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--shim-units {shimUnits}: give at least 1");
        }
        var sharedInstantiations = parseResult.GetValue(options.SharedInstantiations);
        if (sharedInstantiations is not null && !File.Exists(Full(sharedInstantiations)))
        {
            diagnostics.Error(DiagnosticIds.InstantiationListInvalid, SourceLocation.None,
                $"--shared-instantiations file '{sharedInstantiations}' does not exist; 'itkbindgen learn-instantiations' writes one from a build");
        }
        var moduleNamespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parseResult.GetValue(options.ModuleNamespaces) ?? [])
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !IsIdentifier(parts[0]) || !parts[1].Split('.').All(IsIdentifier))
            {
                diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--module-namespace '{pair}': write Module=Namespace, e.g. Images=My.Images");
                continue;
            }
            moduleNamespaces[parts[0]] = parts[1];
        }
        var libclang = parseResult.GetValue(options.Libclang);
        if (libclang is not null && !File.Exists(Full(libclang)))
        {
            diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--libclang library '{libclang}' does not exist");
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }
        return new GenerateSettings
        {
            InterfaceFiles = interfaceFiles,
            Headers = headers,
            Threads = parseResult.GetValue(options.Threads),
            ModuleName = module,
            Namespace = @namespace,
            NativeLibrary = library,
            OutputDirectory = Full(parseResult.GetValue(options.OutDir) ?? "."),
            ShimPath = shim is null ? null : Full(shim),
            IncludeDirs = includeDirs,
            Defines = defines,
            Undefines = undefines,
            TemplatesDirectory = templates is null ? null : Full(templates),
            ReportPath = report is null ? null : Full(report),
            MaximumShimUnits = shimUnits,
            OneTranslationUnit = parseResult.GetValue(options.OneTranslationUnit),
            SharedInstantiationsPath = sharedInstantiations is null ? null : Full(sharedInstantiations),
            ModuleNamespaces = moduleNamespaces,
            LibclangPath = libclang is null ? null : Full(libclang),
            Target = parseResult.GetValue(options.Target) ?? GenerateSettings.NativeCoreTarget,
            SuppressedWarnings = suppressed,
            WarningsAsErrors = diagnostics.WarningsAsErrors,
            Verbose = parseResult.GetValue(options.Verbose),
        };
    }

    private static List<DiagnosticId> ParseWarningIds(string[] values, DiagnosticBag diagnostics)
    {
        var ids = new List<DiagnosticId>();
        foreach (var text in values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (DiagnosticId.TryParse(text, out var id))
            {
                ids.Add(id);
            }
            else
            {
                diagnostics.Error(DiagnosticIds.InvalidOptionValue, SourceLocation.None, $"--nowarn '{text}' is not a diagnostic ID such as IBG3001");
            }
        }
        return ids;
    }

    /// <summary>
    /// POSIX bundling reads an unknown <c>-outdirx</c> as <c>-o utdirx</c>, and an unknown <c>-threadsx</c> as an
    /// input file. Both are typos, not requests: report them as unknown options so they exit 2.
    /// </summary>
    private static void RejectMistypedOptions(CommandResult result, Options options)
    {
        foreach (var input in result.GetValue(options.Inputs) ?? [])
        {
            if (input.StartsWith('-') && input.Length > 1)
            {
                result.AddError($"unknown option '{input}'");
            }
        }

        foreach (var option in result.Command.Options)
        {
            if (result.GetResult(option) is not { IdentifierToken: { } name } optionResult
                || optionResult.Tokens.Count == 0
                || name.Value.Length != 2 || GluableAliases.Contains(name.Value))
            {
                continue;
            }
            var value = optionResult.Tokens[0];
            if (TokenPosition(name) is { } position && position == TokenPosition(value))
            {
                result.AddError($"unknown option '{name.Value}{value.Value}'; to give {name.Value} a value, write it as the next argument: {name.Value} {value.Value}");
            }
        }
    }

    private static int? TokenPosition(Token token) => PositionProperty?.GetValue(token) as int?;

    private static bool IsIdentifier(string text) => Interface.InterfaceParser.IsIdentifier(text) && !Interface.CSharpNames.IsKeyword(text);
}
