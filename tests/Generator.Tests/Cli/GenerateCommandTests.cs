using System.CommandLine;
using ItkBindGen.Cli;
using ItkBindGen.Diagnostics;

namespace ItkBindGen.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-cli-").FullName;

    public GenerateCommandTests()
    {
        File.WriteAllText(Path.Combine(_root, "core.i"), "%module Core\n");
        File.WriteAllText(Path.Combine(_root, "extra.i"), "%module Extra\n");
        File.WriteAllText(Path.Combine(_root, "itkThing.h"), "namespace itk { class Thing {}; }\n");
        File.WriteAllText(Path.Combine(_root, "libclang.so"), "");
        foreach (var folder in new[] { "inc", "a", "b", "c" })
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
        }
        Directory.CreateDirectory(Path.Combine(_root, "templates"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Full(string relative) => Path.GetFullPath(relative, _root);

    /// <summary>Parses as <see cref="CommandLine.Run"/> does, then maps to settings.</summary>
    private (GenerateSettings? Settings, DiagnosticBag Diagnostics, ParseResult Parse) Map(params string[] args)
    {
        var root = new RootCommand();
        var options = GenerateCommand.Configure(root, TextWriter.Null, TextWriter.Null);
        var parse = root.Parse(args, new ParserConfiguration { EnablePosixBundling = true });
        Assert.Empty(parse.Errors.Select(e => e.Message));
        var diagnostics = new DiagnosticBag();
        return (GenerateCommand.CreateSettings(parse, options, diagnostics, _root), diagnostics, parse);
    }

    private GenerateSettings Settings(params string[] args)
    {
        var (settings, diagnostics, _) = Map(args);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        return Assert.IsType<GenerateSettings>(settings);
    }

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Defaults()
    {
        var settings = Settings("core.i");
        Assert.Equal([Full("core.i")], settings.InterfaceFiles);
        Assert.Empty(settings.Headers);
        Assert.False(settings.Threads);
        Assert.Null(settings.ModuleName);
        Assert.Null(settings.Namespace);
        Assert.Null(settings.NativeLibrary);
        Assert.Equal(_root, settings.OutputDirectory);
        Assert.Null(settings.ShimPath);
        Assert.Empty(settings.IncludeDirs);
        Assert.Empty(settings.Defines);
        Assert.Null(settings.TemplatesDirectory);
        Assert.Null(settings.LibclangPath);
        Assert.Equal(GenerateSettings.NativeCoreTarget, settings.Target);
        Assert.Empty(settings.SuppressedWarnings);
        Assert.False(settings.WarningsAsErrors);
        Assert.False(settings.Verbose);

        Assert.Equal("Core", settings.ResolveModuleName("Core"));
        Assert.Equal("Core", settings.ResolveNamespace("Core"));
        Assert.Equal("Core", settings.ResolveNativeLibrary("Core"));
        Assert.Equal(Path.Combine(_root, "Core_wrap.cpp"), settings.ResolveShimPath("Core"));
    }

    [Theory]
    [InlineData("--threads")]
    [InlineData("-threads")]
    public void Threads_aliases(string flag) => Assert.True(Settings(flag, "core.i").Threads);

    [Theory]
    [InlineData("--module")]
    [InlineData("-module")]
    public void Module_aliases(string flag)
    {
        var settings = Settings(flag, "Other", "core.i");
        Assert.Equal("Other", settings.ModuleName);
        Assert.Equal("Other", settings.ResolveModuleName("Core"));
    }

    [Theory]
    [InlineData("--namespace")]
    [InlineData("-namespace")]
    public void Namespace_aliases(string flag) => Assert.Equal("Itk.Filters", Settings(flag, "Itk.Filters", "core.i").ResolveNamespace("Core"));

    [Theory]
    [InlineData("--dllimport")]
    [InlineData("-dllimport")]
    public void DllImport_aliases(string flag) => Assert.Equal("itkcore_native", Settings(flag, "itkcore_native", "core.i").ResolveNativeLibrary("Core"));

    [Theory]
    [InlineData("--outdir")]
    [InlineData("-outdir")]
    public void OutDir_aliases(string flag)
    {
        var settings = Settings(flag, "gen/cs", "core.i");
        Assert.Equal(Full("gen/cs"), settings.OutputDirectory);
        Assert.Equal(Path.Combine(Full("gen/cs"), "Core_wrap.cpp"), settings.ResolveShimPath("Core"));
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("-o")]
    public void Output_aliases(string flag)
    {
        var settings = Settings(flag, "native/core_wrap.cpp", "core.i");
        Assert.Equal(Full("native/core_wrap.cpp"), settings.ShimPath);
    }

    [Fact]
    public void Include_dirs_in_every_form_keep_their_order()
    {
        var settings = Settings("--include-dir", "inc", "-I", "a", "-Ib", "-I/usr/include", "--include-dir=c", "core.i");
        Assert.Equal([Full("inc"), Full("a"), Full("b"), "/usr/include", Full("c")], settings.IncludeDirs);
    }

    [Fact]
    public void Defines_in_every_form_keep_their_order()
    {
        var settings = Settings("--define", "A", "-D", "B=2", "-DNAME=1", "-DFLAG", "--define=C=x y", "core.i");
        Assert.Equal(["A", "B=2", "NAME=1", "FLAG", "C=x y"], settings.Defines);
    }

    [Fact]
    public void Templates_libclang_target_and_verbose()
    {
        var settings = Settings("--templates", "templates", "--libclang", "libclang.so", "--target", "itk", "--verbose", "core.i");
        Assert.Equal(Full("templates"), settings.TemplatesDirectory);
        Assert.Equal(Full("libclang.so"), settings.LibclangPath);
        Assert.Equal(GenerateSettings.ItkTarget, settings.Target);
        Assert.True(settings.Verbose);
        Assert.Equal(GenerateSettings.NativeCoreTarget, Settings("--target", "native-core", "core.i").Target);
    }

    [Fact]
    public void Nowarn_and_warnaserror_reach_the_settings_and_the_diagnostics()
    {
        var (settings, diagnostics, _) = Map("--nowarn", "IBG3001", "--nowarn", "IBG3002;ibg0005,IBG4005", "--warnaserror", "-I", "missing", "core.i");
        Assert.NotNull(settings);
        Assert.Equal([new(3001), new(3002), new(5), new(4005)], settings.SuppressedWarnings);
        Assert.True(settings.WarningsAsErrors);
        Assert.True(diagnostics.WarningsAsErrors);
        Assert.Contains(new DiagnosticId(3001), diagnostics.Suppressed);
        Assert.Empty(diagnostics.Items); // The missing include folder's warning IBG0005 was silenced.
    }

    [Fact]
    public void A_missing_include_folder_is_a_warning_and_an_error_with_warnaserror()
    {
        var (settings, diagnostics, _) = Map("-I", "missing", "core.i");
        Assert.NotNull(settings);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.IncludeDirectoryNotFound, Severity.Warning), (warning.Id, warning.Severity));

        (settings, diagnostics, _) = Map("-I", "missing", "--warnaserror", "core.i");
        Assert.Null(settings);
        Assert.Equal(Severity.Error, Assert.Single(diagnostics.Items).Severity);
    }

    [Fact]
    public void Inputs_split_into_interface_files_and_headers()
    {
        var settings = Settings("core.i", "itkThing.h", "extra.i");
        Assert.Equal([Full("core.i"), Full("extra.i")], settings.InterfaceFiles);
        Assert.Equal([Full("itkThing.h")], settings.Headers);
    }

    [Fact]
    public void Headers_alone_need_a_module_name()
    {
        var (settings, diagnostics, _) = Map("itkThing.h");
        Assert.Null(settings);
        Assert.Equal(DiagnosticIds.ModuleNameRequired, Assert.Single(diagnostics.Items).Id);

        Assert.Equal([Full("itkThing.h")], Settings("-module", "Thing", "itkThing.h").Headers);
    }

    public static TheoryData<string[], string, string> BadValues => new()
    {
        { ["absent.i"], "IBG0001", "input file 'absent.i' does not exist" },
        { ["core.txt"], "IBG0002", "'core.txt' is neither an interface file (.i) nor a header" },
        { ["-module", "2x", "core.i"], "IBG0003", "--module '2x' is not a valid identifier" },
        { ["-namespace", "Itk..Core", "core.i"], "IBG0003", "--namespace 'Itk..Core' is not a valid C# namespace" },
        { ["-dllimport", " ", "core.i"], "IBG0003", "--dllimport needs a library name" },
        { ["-o", "shim.txt", "core.i"], "IBG0003", "the shim is C++" },
        { ["-D", "1X=2", "core.i"], "IBG0003", "'1X' is not a valid macro name" },
        { ["--templates", "nowhere", "core.i"], "IBG0003", "--templates folder 'nowhere' does not exist" },
        { ["--libclang", "nowhere.so", "core.i"], "IBG0003", "--libclang library 'nowhere.so' does not exist" },
        { ["--nowarn", "CS0168", "core.i"], "IBG0003", "--nowarn 'CS0168' is not a diagnostic ID" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Bad_values_are_diagnostics(string[] args, string id, string message)
    {
        var (settings, diagnostics, _) = Map(args);
        Assert.Null(settings);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(id, error.Id.ToString());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Every_bad_value_is_reported_not_just_the_first()
    {
        var (_, diagnostics, _) = Map("absent.i", "core.txt", "-module", "2x");
        Assert.Equal(["IBG0001", "IBG0002", "IBG0003"], diagnostics.Items.Select(d => d.Id.ToString()));
    }

    [Theory]
    [InlineData("-outdirx")]    // Bundling would read this as -o utdirx.
    [InlineData("-ofile.cpp")]  // The same shape, so it is refused too: -o takes the next argument.
    [InlineData("-threadsx")]   // Unknown, so it would become an input file.
    [InlineData("-modul")]
    [InlineData("--outdirx")]
    [InlineData("-x")]
    public void Mistyped_options_are_usage_errors(string typo)
    {
        var (exit, _, error) = Run(typo, "core.i");
        Assert.Equal(CommandLine.UsageErrors, exit);
        Assert.Contains(typo, error);
    }

    [Fact]
    public void The_typo_message_says_what_happened()
    {
        var (exit, _, error) = Run("-outdirx", "gen", "core.i");
        Assert.Equal(CommandLine.UsageErrors, exit);
        Assert.Contains("unknown option '-outdirx'", error);
    }

    [Theory]
    [InlineData("--target", "windows")]
    [InlineData("--module")]
    public void Syntax_errors_exit_2(params string[] args)
    {
        Assert.Equal(CommandLine.UsageErrors, Run([.. args, "x.i"]).Exit);
    }

    [Fact]
    public void No_input_is_a_usage_error()
    {
        var (exit, _, error) = Run("-threads");
        Assert.Equal(CommandLine.UsageErrors, exit);
        Assert.Contains("IBG0000", error);
    }

    [Fact]
    public void Bad_values_exit_1_with_diagnostics_on_stderr()
    {
        var missing = Path.Combine(_root, "absent.i");
        var (exit, output, error) = Run(missing);
        Assert.Equal(CommandLine.InputErrors, exit);
        Assert.Equal("", output);
        Assert.Equal($"itkbindgen: error IBG0001: input file '{missing}' does not exist{Environment.NewLine}", error);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(CommandLine.Ok, exit);
        foreach (var alias in new[] { "-threads", "-module", "-namespace", "-dllimport", "-outdir", "-o", "-I", "-D", "--templates", "--libclang", "--target", "--nowarn", "--warnaserror", "--verbose" })
        {
            Assert.Contains(alias, output);
        }

        (exit, output, _) = Run("--version");
        Assert.Equal(CommandLine.Ok, exit);
        Assert.NotEqual("", output.Trim()); // The version is the entry assembly's: the test host's here, itkbindgen's when installed.
    }
}
