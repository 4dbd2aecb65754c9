using ItkBindGen.Binding;
using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;
using ItkBindGen.Emit;

namespace ItkBindGen.Tests.Compilation;

/// <summary>A module generated from one header (and an interface file that %includes it) in a test's folder.</summary>
internal static class HeaderModule
{
    /// <summary>
    /// Writes <paramref name="header"/> as <c>name.h</c> in <paramref name="root"/>, binds and emits module
    /// <paramref name="module"/> with no error, and returns the model and the files; <paramref name="directives"/> follow the %include.
    /// </summary>
    public static (ModuleBinding Module, IReadOnlyList<GeneratedFile> Files) Generate(string root, string module, string header, string directives = "")
    {
        var headerName = module.ToLowerInvariant() + ".h";
        File.WriteAllText(Path.Combine(root, headerName), header);
        return GenerateInterface(root, module, $"%module {module}\n%{{\n#include \"{headerName}\"\n%}}\n%include \"{headerName}\"\n{directives}");
    }

    /// <summary>Writes <paramref name="interfaceText"/> as <c>module.i</c> in <paramref name="root"/>, binds and emits it with no error.</summary>
    public static (ModuleBinding Module, IReadOnlyList<GeneratedFile> Files) GenerateInterface(string root, string module, string interfaceText,
        bool oneTranslationUnit = false)
    {
        var settings = Settings(root, module, interfaceText, oneTranslationUnit);
        var diagnostics = new DiagnosticBag();
        var binding = GenerationPipeline.Bind(settings, diagnostics, TextWriter.Null);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var files = new BindingEmitter(new TemplateSet(), diagnostics).Emit(binding!, settings.OutputDirectory, settings.ShimPath!);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (binding!, files);
    }

    /// <summary>Writes <paramref name="interfaceText"/> as <c>module.i</c> and binds it, its diagnostics (errors too) in <paramref name="diagnostics"/>.</summary>
    public static ModuleBinding? Bind(string root, string module, string interfaceText, DiagnosticBag diagnostics) =>
        GenerationPipeline.Bind(Settings(root, module, interfaceText, oneTranslationUnit: false), diagnostics, TextWriter.Null);

    private static GenerateSettings Settings(string root, string module, string interfaceText, bool oneTranslationUnit)
    {
        File.WriteAllText(Path.Combine(root, module + ".i"), interfaceText);
        return new GenerateSettings
        {
            InterfaceFiles = [Path.Combine(root, module + ".i")],
            Headers = [],
            OutputDirectory = Path.Combine(root, "cs"),
            ShimPath = Path.Combine(root, "native", module + "_wrap.cpp"),
            IncludeDirs = [root],
            OneTranslationUnit = oneTranslationUnit,
        };
    }

    /// <summary>As <see cref="Generate"/>, and asserts that the C# and the shim compile.</summary>
    public static ModuleBinding GenerateAndCompile(string root, string module, string header, string directives = "") =>
        Compile(root, Generate(root, module, header, directives));

    /// <summary>As <see cref="GenerateInterface"/>, and asserts that the C# and the shim compile.</summary>
    public static (ModuleBinding Module, IReadOnlyList<GeneratedFile> Files) CompileInterface(string root, string module, string interfaceText)
    {
        var generated = GenerateInterface(root, module, interfaceText);
        Compile(root, generated);
        return generated;
    }

    private static ModuleBinding Compile(string root, (ModuleBinding Module, IReadOnlyList<GeneratedFile> Files) generated)
    {
        var (binding, files) = generated;
        var errors = GeneratedCode.CSharpErrors(files);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var cppErrors = GeneratedCode.CppErrors(files, root);
        Assert.True(cppErrors is null, cppErrors);
        return binding;
    }
}
