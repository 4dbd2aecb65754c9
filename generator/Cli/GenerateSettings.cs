using ItkBindGen.Binding;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Cli;

/// <summary>
/// Everything one <c>itkbindgen</c> run was asked to do, checked and with paths made full.
/// Values the module name decides (<see cref="ShimPath"/>, <see cref="Namespace"/>, <see cref="NativeLibrary"/>)
/// stay null when not given, because the module name may only be known once the interface file is read;
/// the <c>Resolve*</c> methods apply SWIG's defaults then.
/// </summary>
public sealed record GenerateSettings
{
    /// <summary><c>--target native-core</c>: link the shim against the shared native core (the default).</summary>
    public const string NativeCoreTarget = BindingRequest.NativeCoreTarget;

    /// <summary><c>--target itk</c>: link the shim against a system ITK.</summary>
    public const string ItkTarget = BindingRequest.ItkTarget;

    /// <summary>The <c>.i</c> inputs, full paths, in command line order.</summary>
    public required IReadOnlyList<string> InterfaceFiles { get; init; }

    /// <summary>Headers given straight on the command line (full paths), wrapped as if <c>%include</c>d.</summary>
    public required IReadOnlyList<string> Headers { get; init; }

    /// <summary><c>-threads</c>: wrapped calls release the binding lock around the native call.</summary>
    public bool Threads { get; init; }

    /// <summary><c>-module</c>; overrides the interface file's <c>%module</c>.</summary>
    public string? ModuleName { get; init; }

    /// <summary><c>-namespace</c>: the C# namespace; null means the module name.</summary>
    public string? Namespace { get; init; }

    /// <summary><c>-dllimport</c>: the native library name in <c>LibraryImport</c>; null means the module name.</summary>
    public string? NativeLibrary { get; init; }

    /// <summary><c>-outdir</c>: the folder for the C# files (full path); the current folder by default.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary><c>-o</c>: the shim's path (full); the CMake fragment goes beside it. Null means <c>&lt;module&gt;_wrap.cpp</c> in <see cref="OutputDirectory"/>.</summary>
    public string? ShimPath { get; init; }

    /// <summary><c>-I</c>: include folders (full paths), in order.</summary>
    public IReadOnlyList<string> IncludeDirs { get; init; } = [];

    /// <summary><c>-D</c>: macros as <c>NAME</c> or <c>NAME=VALUE</c>, in order.</summary>
    public IReadOnlyList<string> Defines { get; init; } = [];

    /// <summary><c>-U</c>: macros SWIG's preprocessor and the C++ parse do not define (SWIG's own, such as <c>SWIGCSHARP</c>, included).</summary>
    public IReadOnlyList<string> Undefines { get; init; } = [];

    /// <summary>What the command line gives SWIG's preprocessor over the interface files.</summary>
    public Interface.InterfaceParserOptions InterfaceOptions => new() { Defines = Defines, Undefines = Undefines };

    /// <summary><c>--templates</c>: a folder whose templates replace the embedded ones of the same name.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary><c>--shim-units</c>: at most this many shim translation units (one a class up to it).</summary>
    public int MaximumShimUnits { get; init; } = Binding.ShimUnits.DefaultMaximum;

    /// <summary><c>--one-translation-unit</c>: the whole shim compiled as one translation unit.</summary>
    public bool OneTranslationUnit { get; init; }

    /// <summary><c>--shared-instantiations</c>: the list of instantiations compiled once for all shim units (full path), or null.</summary>
    public string? SharedInstantiationsPath { get; init; }

    /// <summary><c>--report</c>: where to write the JSON account of what was wrapped and skipped (full path), or null.</summary>
    public string? ReportPath { get; init; }

    /// <summary><c>--libclang</c>: the libclang shared library to load instead of the packaged one.</summary>
    public string? LibclangPath { get; init; }

    /// <summary><c>--target</c>: <see cref="NativeCoreTarget"/> or <see cref="ItkTarget"/>.</summary>
    public string Target { get; init; } = NativeCoreTarget;

    /// <summary><c>--nowarn</c>: warnings not to report.</summary>
    public IReadOnlyList<DiagnosticId> SuppressedWarnings { get; init; } = [];

    /// <summary><c>--warnaserror</c>.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary><c>--verbose</c>: say what is read and which files are written.</summary>
    public bool Verbose { get; init; }

    public string ResolveModuleName(string? interfaceModuleName) => ModuleName ?? interfaceModuleName ?? string.Empty;

    public string ResolveNamespace(string moduleName) => Namespace ?? moduleName;

    /// <summary><c>--module-namespace Module=Namespace</c>: the C# namespace of modules this one imports.</summary>
    public IReadOnlyDictionary<string, string> ModuleNamespaces { get; init; } = new Dictionary<string, string>();

    /// <summary>An imported module's namespace: as <c>--module-namespace</c> gives it, else its module name.</summary>
    public string ResolveImportedNamespace(string moduleName) => ModuleNamespaces.TryGetValue(moduleName, out var ns) ? ns : moduleName;

    public string ResolveNativeLibrary(string moduleName) => NativeLibrary ?? moduleName;

    public string ResolveShimPath(string moduleName) => ShimPath ?? Path.Combine(OutputDirectory, DefaultShimFileName(moduleName));

    /// <summary>The shim's file name when <c>-o</c> does not give one.</summary>
    public static string DefaultShimFileName(string moduleName) => moduleName + "_wrap.cpp";

    /// <summary>The module's manifest in the C# folder: every file the last run produced, so the next removes what it no longer does.</summary>
    public string ResolveManifestPath(string moduleName) => Path.Combine(OutputDirectory, moduleName + ".manifest.txt");
}
